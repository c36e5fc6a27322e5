package id.nusatrade.workers.runtime;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.messaging.EventHandler;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;

/**
 * Turns events of {@code nusatrade.workflow} into Zeebe messages, which start processes (message
 * start events) or advance waiting ones (message catch events, receive tasks). The engine rejects a
 * message id it still holds, so a redelivered event is answered ALREADY_EXISTS and counts as done.
 * Any other engine error rolls the delivery back: the bus retries, then dead-letters it.
 */
public final class WorkflowMessageRelay implements EventHandler {
  private final CamundaClient client;
  private final Duration timeToLive;

  /**
   * @param timeToLive how long the engine keeps an uncorrelated message, and so how long a
   *     duplicate is recognised
   */
  public WorkflowMessageRelay(CamundaClient client, Duration timeToLive) {
    this.client = client;
    this.timeToLive = timeToLive;
  }

  @Override
  public void handle(EventEnvelope event) {
    WorkflowMessage message = WorkflowMessage.from(event);
    try {
      client
          .newPublishMessageCommand()
          .messageName(message.name())
          .correlationKey(message.correlationKey())
          .messageId(message.messageId())
          .timeToLive(timeToLive)
          .variables(message.variables())
          .send()
          .join();
    } catch (ClientStatusException e) {
      if (e.getStatusCode() != Status.Code.ALREADY_EXISTS) {
        throw e;
      }
    }
  }
}
