package id.nusatrade.platform.config;

import java.util.function.Function;

/** One configuration key: its environment name, its default and what it means. */
public interface SettingKey {
  String envName();

  /** The value when none is configured ({@code ""}: none). */
  String defaultValue();

  String description();

  /** The configured value from {@code lookup} by {@link #envName()}; empty or missing: default. */
  default String from(Function<String, String> lookup) {
    String value = lookup.apply(envName());
    return value == null || value.isBlank() ? defaultValue() : value.trim();
  }

  /** The value from the process environment (the launcher passes every setting so). */
  default String fromEnvironment() {
    return from(System::getenv);
  }
}
