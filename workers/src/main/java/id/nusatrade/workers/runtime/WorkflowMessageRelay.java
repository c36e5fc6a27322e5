package id.nusatrade.workers.runtime;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.messaging.EventHandler;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns events of {@code nusatrade.workflow} into Zeebe messages, which start processes (message
 * start events) or advance waiting ones (message catch events, receive tasks). The engine rejects a
 * message id it still holds, so a redelivered event is answered ALREADY_EXISTS and counts as done.
 *
 * <p>While the engine is away or overloaded (UNAVAILABLE, RESOURCE_EXHAUSTED, DEADLINE_EXCEEDED)
 * the delivery is held and the publish retried with backoff ({@value #FIRST_PAUSE_MILLIS} ms
 * doubling to {@value #MAX_PAUSE_MILLIS} ms) until the engine answers: an outage longer than the
 * bus's redelivery budget must not park events in the dead-letter queue. A publish whose answer was
 * lost in a crash is answered ALREADY_EXISTS on the retry. Any other engine error rolls the
 * delivery back: the bus retries, then dead-letters it. {@link #close} ends the waiting (the
 * delivery rolls back and stays on the bus).
 */
public final class WorkflowMessageRelay implements EventHandler, AutoCloseable {
  static final long FIRST_PAUSE_MILLIS = 100;
  static final long MAX_PAUSE_MILLIS = 2_000;
  private static final Set<Status.Code> TRANSIENT =
      EnumSet.of(
          Status.Code.UNAVAILABLE, Status.Code.RESOURCE_EXHAUSTED, Status.Code.DEADLINE_EXCEEDED);

  private final CamundaClient client;
  private final Duration timeToLive;
  private final CountDownLatch closing = new CountDownLatch(1);

  /**
   * @param timeToLive how long the engine keeps an uncorrelated message, and so how long a
   *     duplicate is recognised
   */
  public WorkflowMessageRelay(CamundaClient client, Duration timeToLive) {
    this.client = client;
    this.timeToLive = timeToLive;
  }

  @Override
  public void handle(EventEnvelope event) throws InterruptedException {
    publish(WorkflowMessage.from(event));
  }

  /**
   * Publishes one message, waiting out a transient engine failure; a message id the engine still
   * holds counts as done (ALREADY_EXISTS).
   *
   * @throws ClientStatusException any other engine error, or a transient one after {@link #close}
   * @throws InterruptedException when interrupted while waiting to retry
   */
  public void publish(WorkflowMessage message) throws InterruptedException {
    long pause = FIRST_PAUSE_MILLIS;
    while (true) {
      try {
        send(message);
        return;
      } catch (ClientStatusException e) {
        Status.Code code = e.getStatusCode();
        if (code == Status.Code.ALREADY_EXISTS) {
          return;
        }
        if (!TRANSIENT.contains(code) || closing.await(pause, TimeUnit.MILLISECONDS)) {
          throw e;
        }
      }
      pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
    }
  }

  private void send(WorkflowMessage message) {
    client
        .newPublishMessageCommand()
        .messageName(message.name())
        .correlationKey(message.correlationKey())
        .messageId(message.messageId())
        .timeToLive(timeToLive)
        .variables(message.variables())
        .send()
        .join();
  }

  /** Ends any wait for the engine; later transient failures are thrown at once. */
  @Override
  public void close() {
    closing.countDown();
  }
}
