package id.nusatrade.compliance.review;

import id.nusatrade.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * One officer task of a process, as our own queue holds it: the engine's job key (the task's id),
 * what kind of review it is, what it is about, by when it must be decided, and where it stands.
 *
 * @param tenant the tenant the subject belongs to; absent for a KYC case (no tenant exists yet)
 * @param firstApprover for a second (four-eyes) review, who gave the first approval
 */
public record ReviewTask(
    long key,
    ReviewKind kind,
    long processInstanceKey,
    String subject,
    TenantId tenant,
    Instant slaDeadline,
    Instant createdAt,
    Status status,
    String claimedBy,
    String firstApprover,
    String contextJson) {
  public enum Status {
    OPEN,
    CLAIMED,
    DECIDED,
    CANCELLED
  }

  public ReviewTask {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(status, "status");
    contextJson = contextJson == null || contextJson.isBlank() ? "{}" : contextJson;
  }

  /** A task just seen in the engine. */
  public static ReviewTask open(
      long key,
      ReviewKind kind,
      long processInstanceKey,
      String subject,
      TenantId tenant,
      Instant slaDeadline,
      Instant seenAt,
      String firstApprover,
      String contextJson) {
    return new ReviewTask(
        key,
        kind,
        processInstanceKey,
        subject,
        tenant,
        slaDeadline,
        seenAt,
        Status.OPEN,
        null,
        firstApprover,
        contextJson);
  }

  public boolean isOpen() {
    return status == Status.OPEN || status == Status.CLAIMED;
  }
}
