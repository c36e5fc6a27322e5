package id.nusatrade.workers.review;

import id.nusatrade.compliance.review.TaskCompleter;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.util.Map;

/** {@link TaskCompleter} on Zeebe: completes the user task's job by key with the decision. */
public final class ZeebeTaskCompleter implements TaskCompleter {
  private final CamundaClient client;

  public ZeebeTaskCompleter(CamundaClient client) {
    this.client = client;
  }

  @Override
  public void complete(long taskKey, Map<String, Object> variables) {
    try {
      client.newCompleteCommand(taskKey).variables(variables).send().join();
    } catch (ClientStatusException e) {
      if (e.getStatusCode() == Status.Code.NOT_FOUND) {
        throw new TaskGoneException("task " + taskKey + " is no longer open in the engine");
      }
      throw e;
    }
  }
}
