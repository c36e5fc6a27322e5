package id.nusatrade.compliance.onboarding;

/**
 * Where an application stands, as the applicant sees it. {@code RECEIVED}: stored, its process not
 * started yet (the engine was unreachable; {@link Applications#startPending} retries). The later
 * states are set by the onboarding workers as the process moves.
 */
public enum ApplicationStatus {
  RECEIVED,
  IN_PROGRESS,
  AWAITING_CONTACT_VERIFICATION,
  IN_REVIEW,
  RESUBMISSION_REQUESTED,
  APPROVED,
  ONBOARDED,
  REJECTED,
  ABANDONED
}
