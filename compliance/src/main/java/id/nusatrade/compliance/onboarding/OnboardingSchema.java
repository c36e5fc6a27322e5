package id.nusatrade.compliance.onboarding;

import id.nusatrade.compliance.sql.RoleScopedScript;

/**
 * Onboarding's own schema steps on top of the review queue's {@code onboarding_application} table;
 * the server's migration installs {@link #APPLICATIONS} as V90 (onboarding's range is V90–V94).
 */
public final class OnboardingSchema {
  public static final RoleScopedScript APPLICATIONS =
      new RoleScopedScript(OnboardingSchema.class, "onboarding-applications.sql");

  private OnboardingSchema() {}
}
