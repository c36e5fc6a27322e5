package id.nusatrade.compliance.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the review queue's tasks, kept by us (no Tasklist). */
public interface ReviewTaskStore {
  /** Records a task seen in the engine; a task already known is left as it is (redelivery). */
  void addIfAbsent(ReviewTask task);

  Optional<ReviewTask> find(long key);

  /** Open and claimed tasks, earliest SLA deadline first. */
  List<ReviewTask> open();

  /**
   * Moves a task from {@code expected} to {@code next}; false when it was no longer in {@code
   * expected} (someone else got there first).
   */
  boolean transition(
      long key, ReviewTask.Status expected, ReviewTask.Status next, String officer, Instant at);

  /** Records the decision of a task; false when it was not claimed by {@code officer}. */
  boolean decide(long key, String officer, String outcome, String reason, Instant at);
}
