package id.nusatrade.compliance.onboarding;

/** Port: starts the {@code onboarding} process for an application in the workflow engine. */
public interface OnboardingProcessStarter {
  /**
   * @return the process instance key
   * @throws RuntimeException when the engine cannot be reached; the application stays {@link
   *     ApplicationStatus#RECEIVED} and is started later
   */
  long start(ApplicationId id, Registration registration);
}
