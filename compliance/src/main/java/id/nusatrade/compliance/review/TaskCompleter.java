package id.nusatrade.compliance.review;

import java.util.Map;

/** Port: completes an officer task in the workflow engine with the decision's variables. */
public interface TaskCompleter {
  /**
   * @throws TaskGoneException when the engine no longer has the task (its SLA timer ended it, or
   *     the process was cancelled)
   */
  void complete(long taskKey, Map<String, Object> variables);

  /** The engine has no such open task any more. */
  final class TaskGoneException extends RuntimeException {
    public TaskGoneException(String message) {
      super(message);
    }
  }
}
