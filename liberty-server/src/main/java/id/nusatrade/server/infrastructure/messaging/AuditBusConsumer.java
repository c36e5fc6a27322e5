package id.nusatrade.server.infrastructure.messaging;

import id.nusatrade.compliance.audit.BusAuditRecorder;
import id.nusatrade.compliance.audit.PostgresAuditTrail;
import id.nusatrade.messaging.EventBusTopology;
import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.jms.ConsumerSource;
import id.nusatrade.messaging.jms.EventConsumer;
import id.nusatrade.messaging.jms.EventConsumers;
import id.nusatrade.workers.runtime.StartupRetry;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Wires compliance's {@link BusAuditRecorder} to {@code nusatrade.audit} (durable shared
 * subscription {@value #SUBSCRIPTION}: every server instance shares the stream, and events
 * published while no server runs wait for it). Started in the background and retried until the
 * broker answers, like the workflow relay.
 */
@ApplicationScoped
public class AuditBusConsumer {
  public static final String SUBSCRIPTION = "compliance-audit-trail";

  @Inject EventBusConnection bus;
  @Inject PostgresAuditTrail trail;
  @Resource ManagedScheduledExecutorService scheduler;

  private StartupRetry retry;
  private EventConsumer consumer;
  private boolean stopped;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    synchronized (this) {
      retry =
          new StartupRetry(
              "audit consumer",
              scheduler,
              this::open,
              Duration.ofSeconds(1),
              Duration.ofSeconds(30));
    }
    retry.start();
  }

  private void open() {
    EventConsumer opened =
        new EventConsumers(bus.factory(), bus.messages(), EventBusTopology.defaults())
            .start(
                ConsumerSource.subscription(EventRouting.AUDIT, SUBSCRIPTION),
                new BusAuditRecorder(trail));
    synchronized (this) {
      if (stopped) {
        opened.close();
      } else {
        consumer = opened;
      }
    }
  }

  @PreDestroy
  synchronized void stop() {
    stopped = true;
    if (retry != null) {
      retry.close();
    }
    if (consumer != null) {
      consumer.close();
    }
  }
}
