package id.nusatrade.platform.config;

import java.util.function.Function;

/**
 * One configuration key (an enum constant, Kill Bill's way): its {@link SettingSpec} and how a
 * value is read for it.
 */
public interface SettingKey {
  SettingSpec spec();

  default String envName() {
    return spec().envName();
  }

  /** The value when none is configured ({@code ""}: none). */
  default String defaultValue() {
    return spec().defaultValue();
  }

  default String description() {
    return spec().description();
  }

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
