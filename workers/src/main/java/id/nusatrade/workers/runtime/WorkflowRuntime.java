package id.nusatrade.workers.runtime;

import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.jms.ConsumerSource;
import id.nusatrade.messaging.jms.EventConsumer;
import id.nusatrade.messaging.jms.EventConsumers;
import id.nusatrade.workers.RunningWorkflows;
import id.nusatrade.workers.WorkerRegistry;
import id.nusatrade.workers.WorkflowStartup;
import id.nusatrade.workers.trading.ApprovalRequestRelay;
import io.camunda.client.CamundaClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/**
 * The workflow side of the running application, without the container: in the background, deploy
 * the catalog and open the job workers, then start relaying {@code nusatrade.workflow} events to
 * the engine and the trading engine's approval requests to {@code trade-approval} ({@link
 * ApprovalRequestRelay}), both only after deployment, so a message finds its start event. Each step
 * is retried until its engine or broker answers. Closing stops the relays, then the workers.
 */
public final class WorkflowRuntime implements AutoCloseable {
  private static final Duration DEPLOY_PATIENCE = Duration.ofSeconds(15);
  private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
  private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

  /**
   * Consumers sharing the approval-request subscription: each waits for the engine's answer before
   * its delivery commits (nothing acknowledged before the engine holds the message), so concurrency
   * comes from several of them; requests of different orders need no order between them.
   */
  static final int APPROVAL_CONSUMERS = 16;

  private final CamundaClient client;
  private final Clock clock;
  private final EventPublisher publisher;
  private final EventConsumers consumers;
  private final WorkflowMessageRelay relay;
  private final StartupRetry retry;
  private final Consumer<WorkerRegistry> moreWorkers;
  private RunningWorkflows running;
  private EventConsumer relayConsumer;
  private final List<EventConsumer> approvalConsumers = new java.util.ArrayList<>();
  private boolean closed;

  public WorkflowRuntime(
      CamundaClient client,
      Clock clock,
      EventPublisher publisher,
      EventConsumers consumers,
      Duration messageTimeToLive,
      ScheduledExecutorService scheduler) {
    this(client, clock, publisher, consumers, messageTimeToLive, scheduler, registry -> {});
  }

  /** {@code moreWorkers} registers the workers whose services the application builds. */
  public WorkflowRuntime(
      CamundaClient client,
      Clock clock,
      EventPublisher publisher,
      EventConsumers consumers,
      Duration messageTimeToLive,
      ScheduledExecutorService scheduler,
      Consumer<WorkerRegistry> moreWorkers) {
    this.moreWorkers = moreWorkers;
    this.client = client;
    this.clock = clock;
    this.publisher = publisher;
    this.consumers = consumers;
    this.relay = new WorkflowMessageRelay(client, messageTimeToLive);
    this.retry =
        new StartupRetry("workflow startup", scheduler, this::step, FIRST_PAUSE, MAX_PAUSE);
  }

  /** Returns at once; the work happens on the scheduler. */
  public void start() {
    retry.start();
  }

  private void step() throws InterruptedException {
    if (current() == null) {
      adopt(WorkflowStartup.start(client, clock, publisher, DEPLOY_PATIENCE, moreWorkers));
    }
    if (relay() == null) {
      adopt(consumers.start(ConsumerSource.queue(EventRouting.WORKFLOW), relay));
    }
    while (approvals() < APPROVAL_CONSUMERS) {
      adoptApproval(consumers.start(ApprovalRequestRelay.SOURCE, new ApprovalRequestRelay(relay)));
    }
  }

  private synchronized void adoptApproval(EventConsumer started) {
    if (closed) {
      started.close();
    } else {
      approvalConsumers.add(started);
    }
  }

  /** Consumers started so far; all of them once closed (nothing more to start). */
  private synchronized int approvals() {
    return closed ? APPROVAL_CONSUMERS : approvalConsumers.size();
  }

  private synchronized void adopt(RunningWorkflows started) {
    if (closed) {
      started.close();
    } else {
      running = started;
    }
  }

  private synchronized void adopt(EventConsumer started) {
    if (closed) {
      started.close();
    } else {
      relayConsumer = started;
    }
  }

  private synchronized RunningWorkflows current() {
    return running;
  }

  private synchronized EventConsumer relay() {
    return relayConsumer;
  }

  public synchronized WorkflowStatus status() {
    return new WorkflowStatus(
        running == null ? List.of() : running.deployed(),
        running == null ? List.of() : running.workers().jobTypes(),
        relayConsumer != null && approvalConsumers.size() == APPROVAL_CONSUMERS,
        retry.failures(),
        retry.lastFailure());
  }

  @Override
  public void close() {
    retry.close();
    relay.close(); // a delivery waiting for the engine rolls back now, not when the engine is back
    synchronized (this) {
      closed = true;
      approvalConsumers.forEach(EventConsumer::close);
      if (relayConsumer != null) {
        relayConsumer.close();
      }
      if (running != null) {
        running.close();
      }
    }
  }
}
