package id.nusatrade.server.infrastructure.workflow;

import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.messaging.EventBusTopology;
import id.nusatrade.messaging.jms.EventConsumers;
import id.nusatrade.server.infrastructure.messaging.EventBusConnection;
import id.nusatrade.workers.billing.BillingWorkers;
import id.nusatrade.workers.runtime.WorkflowRuntime;
import id.nusatrade.workers.runtime.WorkflowStatus;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the workflow side when the application starts: deployment, job workers and the bus relay
 * run on the container's managed scheduler and are retried there, so deployment never waits for the
 * engine or the broker (feature concurrent-3.0). Everything is closed when the application stops.
 */
@ApplicationScoped
public class WorkflowBootstrap {
  @Inject WorkflowEngineConnection engine;
  @Inject EventBusConnection bus;
  @Inject EventPublisher publisher;
  @Inject Clock clock;
  @Inject BillingWorkers billingWorkers;

  @Inject
  @ConfigProperty(name = "WORKFLOW_MESSAGE_TTL", defaultValue = "PT1H")
  Duration messageTimeToLive;

  @Resource ManagedScheduledExecutorService scheduler;

  private WorkflowRuntime runtime;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    synchronized (this) {
      runtime =
          new WorkflowRuntime(
              engine.client(),
              clock,
              publisher,
              new EventConsumers(bus.factory(), bus.messages(), EventBusTopology.defaults()),
              messageTimeToLive,
              scheduler,
              billingWorkers::registerWith);
    }
    runtime.start();
  }

  /** Empty until the application has started. */
  public synchronized Optional<WorkflowStatus> status() {
    return Optional.ofNullable(runtime).map(WorkflowRuntime::status);
  }

  @PreDestroy
  synchronized void stop() {
    if (runtime != null) {
      runtime.close();
      runtime = null;
    }
  }
}
