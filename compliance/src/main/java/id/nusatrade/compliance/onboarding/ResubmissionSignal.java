package id.nusatrade.compliance.onboarding;

/** Port: hands the applicant's corrected data to the application's waiting process. */
public interface ResubmissionSignal {
  void resubmitted(ApplicationId id, Registration corrected);
}
