package id.nusatrade.compliance.onboarding;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: onboarding applications (table {@code onboarding_application}). */
public interface ApplicationStore {
  /** Stores a new application with the client address it came from. */
  void add(Application application, String clientAddress);

  Optional<Application> find(ApplicationId id);

  /** Applications stored before {@code before} whose process is not started yet, oldest first. */
  List<Application> unstarted(Instant before, int limit);

  /** Records the started process; false when it was already started (by another node). */
  boolean markStarted(ApplicationId id, long processInstanceKey, Instant at);

  /** Moves the application to {@code status}; false when there is no such application. */
  boolean updateStatus(ApplicationId id, ApplicationStatus status, Instant at);

  /** Erases the personal data (UU PDP: abandoned applications keep no personal data). */
  boolean erasePersonalData(ApplicationId id, Instant at);

  /** The contact-verification code state; empty when no code was issued (or no application). */
  Optional<VerificationCode> verificationCode(ApplicationId id);

  /** Stores a new code's hash, replacing one that was never sent or verified. */
  void saveVerificationCode(ApplicationId id, String hash, Instant expiresAt);

  void markCodeSent(ApplicationId id, Instant at);

  void countFailedAttempt(ApplicationId id);

  void markContactVerified(ApplicationId id, Instant at);

  /**
   * Replaces the personal data with the applicant's corrected data and moves the application back
   * to IN_PROGRESS; false when it was not waiting for a resubmission.
   */
  boolean resubmit(ApplicationId id, Registration corrected, Instant at);
}
