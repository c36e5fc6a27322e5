package id.nusatrade.compliance.onboarding;

/** Port: tells the application's process that its contact is verified. */
public interface ContactVerifiedSignal {
  /** Idempotent: signalling the same application twice advances its process once. */
  void contactVerified(ApplicationId id);
}
