package id.nusatrade.rules;

import java.util.function.Function;

/**
 * Every setting the rule lifecycle reads, with its default and what it means (Kill Bill's typed
 * configuration, as {@code BillingSetting}). The server looks each one up by its environment name.
 */
public enum RulesSetting {
  FOUR_EYES(
      "NUSATRADE_RULES_FOUR_EYES",
      "true",
      "true: a publish by a draft's author waits until a second business-staff user approves it;"
          + " false: the author's publish goes live at once");

  private final String envName;
  private final String defaultValue;
  private final String description;

  RulesSetting(String envName, String defaultValue, String description) {
    this.envName = envName;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  public String envName() {
    return envName;
  }

  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  /** The configured value from {@code lookup} (empty or missing: the default). */
  public String from(Function<String, String> lookup) {
    String value = lookup.apply(envName);
    return value == null || value.isBlank() ? defaultValue : value.trim();
  }
}
