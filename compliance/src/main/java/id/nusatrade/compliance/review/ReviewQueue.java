package id.nusatrade.compliance.review;

import id.nusatrade.compliance.approval.FourEyes;
import id.nusatrade.domain.audit.AuditEvent;
import id.nusatrade.domain.audit.AuditTrail;
import id.nusatrade.domain.platform.JsonText;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What officers do with review tasks: list, claim, release, decide. A decision needs a reason, an
 * outcome the task's kind allows, the claim, and for a second approval another officer than the
 * first (four eyes). Every action goes to the audit trail. Completing the task in the engine is the
 * {@link TaskCompleter}'s; the process maps {@code outcome}, {@code reason} and {@code decidedBy}
 * to its own variables.
 */
public final class ReviewQueue {
  public static final String CLAIMED = "review.task.claimed";
  public static final String RELEASED = "review.task.released";
  public static final String DECIDED = "review.task.decided";

  private final ReviewTaskStore store;
  private final TaskCompleter completer;
  private final AuditTrail audit;
  private final Clock clock;

  public ReviewQueue(
      ReviewTaskStore store, TaskCompleter completer, AuditTrail audit, Clock clock) {
    this.store = store;
    this.completer = completer;
    this.audit = audit;
    this.clock = clock;
  }

  public List<ReviewTask> open() {
    return store.open();
  }

  public ReviewTask claim(long key, String officer) {
    ReviewTask task = openTask(key);
    if (task.status() == ReviewTask.Status.CLAIMED && officer.equals(task.claimedBy())) {
      return task;
    }
    if (!store.transition(
        key, ReviewTask.Status.OPEN, ReviewTask.Status.CLAIMED, officer, clock.instant())) {
      throw new ReviewConflictException("task " + key + " is claimed by another officer");
    }
    record(task, officer, CLAIMED, Map.of());
    return store.find(key).orElseThrow();
  }

  public ReviewTask release(long key, String officer) {
    ReviewTask task = openTask(key);
    if (!officer.equals(task.claimedBy())
        || !store.transition(
            key, ReviewTask.Status.CLAIMED, ReviewTask.Status.OPEN, null, clock.instant())) {
      throw new ReviewConflictException("task " + key + " is not claimed by " + officer);
    }
    record(task, officer, RELEASED, Map.of());
    return store.find(key).orElseThrow();
  }

  public ReviewTask decide(long key, String officer, String outcome, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidDecisionException("reason", "a decision needs a reason");
    }
    ReviewTask task = openTask(key);
    String chosen = outcome == null ? "" : outcome.strip().toUpperCase(Locale.ROOT);
    if (!task.kind().outcomes().contains(chosen)) {
      throw new InvalidDecisionException(
          "outcome",
          "must be one of "
              + task.kind().outcomes()
              + " for a "
              + task.kind().header()
              + " review");
    }
    if (task.status() != ReviewTask.Status.CLAIMED || !officer.equals(task.claimedBy())) {
      throw new ReviewConflictException("claim task " + key + " before deciding it");
    }
    if (task.kind() == ReviewKind.TRADE_SECOND) {
      try {
        FourEyes.requireDifferentOfficer(task.firstApprover(), officer);
      } catch (FourEyes.FourEyesViolationException e) {
        throw new ReviewConflictException(e.getMessage());
      }
    }
    try {
      completer.complete(
          key, Map.of("outcome", chosen, "reason", reason.strip(), "decidedBy", officer));
    } catch (TaskCompleter.TaskGoneException e) {
      store.transition(
          key, ReviewTask.Status.CLAIMED, ReviewTask.Status.CANCELLED, officer, clock.instant());
      throw new ReviewConflictException("task " + key + " ended in the process: " + e.getMessage());
    }
    store.decide(key, officer, chosen, reason.strip(), clock.instant());
    record(task, officer, DECIDED, Map.of("outcome", chosen, "reason", reason.strip()));
    return store.find(key).orElseThrow();
  }

  private ReviewTask openTask(long key) {
    ReviewTask task = store.find(key).orElseThrow(() -> new ReviewTaskNotFoundException(key));
    if (!task.isOpen()) {
      throw new ReviewConflictException("task " + key + " is " + task.status());
    }
    return task;
  }

  private void record(ReviewTask task, String officer, String action, Map<String, String> details) {
    StringBuilder json =
        new StringBuilder("{\"task\":")
            .append(task.key())
            .append(",\"kind\":")
            .append(JsonText.quote(task.kind().header()))
            .append(",\"processInstanceKey\":")
            .append(task.processInstanceKey());
    new java.util.TreeMap<>(details)
        .forEach(
            (k, v) ->
                json.append(',').append(JsonText.quote(k)).append(':').append(JsonText.quote(v)));
    audit.append(
        new AuditEvent(
            task.tenant(),
            officer,
            action,
            task.subject(),
            clock.instant(),
            json.append('}').toString()));
  }

  /** No task with this key (HTTP 404). */
  public static final class ReviewTaskNotFoundException extends RuntimeException {
    public ReviewTaskNotFoundException(long key) {
      super("no review task " + key);
    }
  }
}
