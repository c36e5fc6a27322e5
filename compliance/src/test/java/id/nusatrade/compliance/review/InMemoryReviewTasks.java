package id.nusatrade.compliance.review;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The store's contract in memory, for the queue's unit tests and the UI's (the SQL one has its own
 * IT).
 */
public final class InMemoryReviewTasks implements ReviewTaskStore {
  public final Map<Long, ReviewTask> tasks = new ConcurrentHashMap<>();
  public final Map<Long, String> decisions = new ConcurrentHashMap<>();

  @Override
  public void addIfAbsent(ReviewTask task) {
    tasks.putIfAbsent(task.key(), task);
  }

  @Override
  public Optional<ReviewTask> find(long key) {
    return Optional.ofNullable(tasks.get(key));
  }

  @Override
  public List<ReviewTask> open() {
    return tasks.values().stream()
        .filter(ReviewTask::isOpen)
        .sorted(Comparator.comparing(ReviewTask::slaDeadline))
        .toList();
  }

  @Override
  public synchronized boolean transition(
      long key, ReviewTask.Status expected, ReviewTask.Status next, String officer, Instant at) {
    ReviewTask t = tasks.get(key);
    if (t == null || t.status() != expected) {
      return false;
    }
    tasks.put(key, with(t, next, officer));
    return true;
  }

  @Override
  public synchronized boolean decide(
      long key, String officer, String outcome, String reason, Instant at) {
    ReviewTask t = tasks.get(key);
    if (t == null || t.status() != ReviewTask.Status.CLAIMED || !officer.equals(t.claimedBy())) {
      return false;
    }
    tasks.put(key, with(t, ReviewTask.Status.DECIDED, officer));
    decisions.put(key, outcome + ": " + reason);
    return true;
  }

  private static ReviewTask with(ReviewTask t, ReviewTask.Status status, String officer) {
    return new ReviewTask(
        t.key(),
        t.kind(),
        t.processInstanceKey(),
        t.subject(),
        t.tenant(),
        t.slaDeadline(),
        t.createdAt(),
        status,
        officer,
        t.firstApprover(),
        t.contextJson());
  }
}
