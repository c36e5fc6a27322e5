package id.nusatrade.compliance.onboarding;

/** The application is not waiting for corrected data (HTTP 409). */
public final class ResubmissionNotExpectedException extends RuntimeException {
  public ResubmissionNotExpectedException(ApplicationStatus status) {
    super("the application is " + status + ", not waiting for a resubmission");
  }
}
