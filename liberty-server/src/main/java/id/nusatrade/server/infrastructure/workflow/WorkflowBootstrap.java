package id.nusatrade.server.infrastructure.workflow;

import id.nusatrade.billing.subscription.SubscriptionService;
import id.nusatrade.compliance.onboarding.ApplicationNotices;
import id.nusatrade.compliance.onboarding.Applications;
import id.nusatrade.compliance.onboarding.ContactVerification;
import id.nusatrade.compliance.onboarding.OnboardingSetting;
import id.nusatrade.compliance.onboarding.TraderAccounts;
import id.nusatrade.compliance.review.ReviewTaskStore;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.messaging.EventBusTopology;
import id.nusatrade.messaging.jms.EventConsumers;
import id.nusatrade.server.infrastructure.messaging.EventBusConnection;
import id.nusatrade.server.onboarding.OnboardingWiring;
import id.nusatrade.workers.billing.BillingWorkers;
import id.nusatrade.workers.onboarding.OnboardingWorkers;
import id.nusatrade.workers.review.ReviewTaskFeeder;
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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the workflow side when the application starts: deployment, job workers and the bus relay
 * run on the container's managed scheduler and are retried there, so deployment never waits for the
 * engine or the broker (feature concurrent-3.0). Everything is closed when the application stops.
 */
@ApplicationScoped
public class WorkflowBootstrap {
  private static final Logger LOG = Logger.getLogger(WorkflowBootstrap.class.getName());

  @Inject WorkflowEngineConnection engine;
  @Inject EventBusConnection bus;
  @Inject EventPublisher publisher;
  @Inject Clock clock;
  @Inject BillingWorkers billingWorkers;

  @Inject
  @ConfigProperty(name = "WORKFLOW_MESSAGE_TTL", defaultValue = "PT1H")
  Duration messageTimeToLive;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject ReviewTaskStore reviewTasks;
  @Inject Applications applications;
  @Inject ContactVerification contactVerification;
  @Inject ApplicationNotices notices;
  @Inject OnboardingWiring onboarding;
  @Inject TraderAccounts traderAccounts;
  @Inject SubscriptionService subscriptions;

  private WorkflowRuntime runtime;
  private ReviewTaskFeeder reviewFeeder;
  private ScheduledFuture<?> pendingApplications;

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
              registry -> {
                billingWorkers.registerWith(registry);
                OnboardingWorkers.register(
                    registry, contactVerification, notices, traderAccounts, subscriptions);
              });
    }
    runtime.start();
    startReviewQueue();
  }

  /**
   * Officers' tasks flow into our review queue; applications stored while the engine was away are
   * started as soon as it answers.
   */
  private synchronized void startReviewQueue() {
    reviewFeeder = ReviewTaskFeeder.open(engine.client(), reviewTasks, clock);
    long every = Long.parseLong(onboarding.setting(OnboardingSetting.START_RETRY_SECONDS));
    pendingApplications =
        scheduler.scheduleWithFixedDelay(
            this::startPendingApplications, every, every, TimeUnit.SECONDS);
  }

  private void startPendingApplications() {
    try {
      applications.startPending();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "pending onboarding applications: {0}", e.getMessage());
    }
  }

  /** Empty until the application has started. */
  public synchronized Optional<WorkflowStatus> status() {
    return Optional.ofNullable(runtime).map(WorkflowRuntime::status);
  }

  @PreDestroy
  synchronized void stop() {
    if (pendingApplications != null) {
      pendingApplications.cancel(false);
    }
    if (reviewFeeder != null) {
      reviewFeeder.close();
    }
    if (runtime != null) {
      runtime.close();
      runtime = null;
    }
  }
}
