package id.nusatrade.compliance.onboarding;

import id.nusatrade.platform.config.SettingKey;
import id.nusatrade.platform.config.SettingSpec;

/** Every setting onboarding reads, with its default and what it means (see {@link SettingKey}). */
public enum OnboardingSetting implements SettingKey {
  REGISTRATIONS_PER_MINUTE(
      "NUSATRADE_ONBOARDING_REGISTRATIONS_PER_MINUTE",
      "5",
      "public registrations (POST /api/v1/onboarding) admitted per client address and minute;"
          + " more answer 429 with Retry-After"),
  START_RETRY_SECONDS(
      "NUSATRADE_ONBOARDING_START_RETRY_SECONDS",
      "15",
      "how often applications stored while the workflow engine was away are started");

  private final SettingSpec spec;

  OnboardingSetting(String envName, String defaultValue, String description) {
    this.spec = new SettingSpec(envName, defaultValue, description);
  }

  @Override
  public SettingSpec spec() {
    return spec;
  }
}
