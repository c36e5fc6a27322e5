package id.nusatrade.compliance.onboarding;

import id.nusatrade.compliance.sql.RoleScopedScript;

/**
 * Onboarding's own schema steps on top of the review queue's {@code onboarding_application} table;
 * the server's migration installs {@link #APPLICATIONS} as V90 and {@link #CONTACT_VERIFICATION} as
 * V91 (onboarding's range is V90–V94).
 */
public final class OnboardingSchema {
  public static final RoleScopedScript APPLICATIONS =
      new RoleScopedScript(OnboardingSchema.class, "onboarding-applications.sql");

  /** V91: the contact-verification code's hash and its use. */
  public static final RoleScopedScript CONTACT_VERIFICATION =
      new RoleScopedScript(OnboardingSchema.class, "onboarding-contact-verification.sql");

  private OnboardingSchema() {}
}
