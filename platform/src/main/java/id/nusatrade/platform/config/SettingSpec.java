package id.nusatrade.platform.config;

import java.util.Objects;

/** What a setting is: its environment name, its default ({@code ""}: none) and what it means. */
public record SettingSpec(String envName, String defaultValue, String description) {
  public SettingSpec {
    Objects.requireNonNull(envName, "envName");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(description, "description");
  }
}
