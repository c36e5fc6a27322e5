package id.nusatrade.server.infrastructure.signals;

import id.nusatrade.domain.billing.EntitlementCatalog;
import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.messaging.EventBusTopology;
import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.contract.BarClosed;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.messaging.contract.SignalDecided;
import id.nusatrade.messaging.jms.ConsumerSource;
import id.nusatrade.messaging.jms.EventConsumer;
import id.nusatrade.messaging.jms.EventConsumers;
import id.nusatrade.server.infrastructure.messaging.EventBusConnection;
import id.nusatrade.signals.Decision;
import id.nusatrade.signals.live.LiveSignal;
import id.nusatrade.signals.live.SignalEngine;
import id.nusatrade.signals.registry.JdbcModelRegistry;
import id.nusatrade.signals.registry.ModelService;
import id.nusatrade.signals.registry.ModelsDirectory;
import id.nusatrade.workers.runtime.StartupRetry;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signals on the running platform. Consumes the closed bars the gateway's market core publishes
 * ({@code nusatrade.market.bars}, durable shared subscription {@value #SUBSCRIPTION}); each bar of
 * the configured timeframe ({@code NUSATRADE_SIGNALS_TIMEFRAME}, default M1) is decided by the
 * tenant's live model ({@link SignalEngine}), kept for {@code /signals}, and, once the model's
 * features are warm, published as {@code signal.decided} on {@code nusatrade.signals}. Models live
 * in {@code NUSATRADE_MODELS_DIR} (default {@code <NUSATRADE_STATE_DIR>/models}); the registry in
 * PostgreSQL. The consumer starts in the background and is retried until the broker answers.
 */
@ApplicationScoped
public class SignalsRuntime {
  public static final String SUBSCRIPTION = "signal-engine";

  /** Decisions kept per tenant and symbol for {@code GET /signals}. */
  public static final int KEPT = 100;

  private static final Logger LOG = Logger.getLogger(SignalsRuntime.class.getName());
  private static final PayloadCodec CODEC = new PayloadCodec();

  @Resource(lookup = "jdbc/nusatrade")
  DataSource app;

  @Inject Clock clock;
  @Inject EventBusConnection bus;
  @Inject EventPublisher publisher;
  @Inject TenantRepository tenants;
  @Inject EntitlementCatalog catalog;
  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "NUSATRADE_STATE_DIR")
  Optional<String> stateDir;

  @Inject
  @ConfigProperty(name = "NUSATRADE_MODELS_DIR")
  Optional<String> modelsDir;

  @Inject
  @ConfigProperty(name = "NUSATRADE_SIGNALS_TIMEFRAME")
  Optional<String> timeframeSetting;

  private ModelService models;
  private SignalEngine engine;
  private Timeframe timeframe;
  private StartupRetry retry;
  private EventConsumer consumer;
  private boolean stopped;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    synchronized (this) {
      ensureStarted();
      retry =
          new StartupRetry(
              "signal engine",
              scheduler,
              this::open,
              Duration.ofSeconds(1),
              Duration.ofSeconds(30));
    }
    retry.start();
  }

  /** The registry's service (the tenant's models, promote, roll back). */
  public synchronized ModelService models() {
    ensureStarted();
    return models;
  }

  /** The engine deciding on live bars (and keeping the latest decisions). */
  public synchronized SignalEngine engine() {
    ensureStarted();
    return engine;
  }

  /** The timeframe whose closed bars get decisions. */
  public synchronized Timeframe timeframe() {
    ensureStarted();
    return timeframe;
  }

  private void ensureStarted() {
    if (models != null) {
      return;
    }
    Path dir = ModelsDirectory.resolve(modelsDir.orElse(null), stateDir.orElse(null));
    timeframe = Timeframe.valueOf(timeframeSetting.orElse("M1").strip().toUpperCase(Locale.ROOT));
    models = new ModelService(new JdbcModelRegistry(app), dir, tenants, catalog, clock);
    engine = new SignalEngine(models::live, KEPT);
    LOG.info(() -> "signals: models in " + dir.toAbsolutePath() + ", deciding on " + timeframe);
  }

  private void open() {
    EventConsumer opened =
        new EventConsumers(bus.factory(), bus.messages(), EventBusTopology.defaults())
            .start(
                ConsumerSource.subscription(EventRouting.MARKET_BARS, SUBSCRIPTION), this::onBar);
    synchronized (this) {
      if (stopped) {
        opened.close();
      } else {
        consumer = opened;
      }
    }
  }

  /** One bar event; only a payload that is not a closed bar is refused (dead-lettered). */
  private void onBar(EventEnvelope event) {
    if (!EventContracts.BAR_CLOSED.matches(event.type())) {
      return;
    }
    BarClosed bar = CODEC.decode(EventContracts.BAR_CLOSED, event);
    if (bar.timeframe() != timeframe) {
      return;
    }
    LiveSignal signal;
    try {
      signal =
          engine.onBar(
              event.tenantId(),
              bar.account(),
              bar.symbol(),
              bar.timeframe(),
              bar.openTime(),
              bar.open(),
              bar.high(),
              bar.low(),
              bar.close(),
              bar.tickVolume());
    } catch (RuntimeException e) {
      // a model that cannot be loaded must not dead-letter the market's bars
      LOG.log(Level.WARNING, "signals: no decision on " + bar.symbol() + " " + bar.openTime(), e);
      return;
    }
    Decision d = signal.decision();
    if (d.warm()) {
      publisher.publish(
          CODEC.envelope(
              EventContracts.SIGNAL_DECIDED,
              UUID.randomUUID(),
              event.tenantId(),
              clock.instant(),
              decided(signal)));
    }
  }

  static SignalDecided decided(LiveSignal s) {
    Decision d = s.decision();
    return new SignalDecided(
        s.account(),
        s.symbol(),
        s.timeframe(),
        s.barOpenTime(),
        d.direction().name(),
        d.probabilityUp(),
        s.modelId().toString(),
        d.modelVersion(),
        d.contributions().stream()
            .map(c -> new SignalDecided.Contribution(c.feature(), c.featureValue(), c.logOdds()))
            .toList());
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
    if (engine != null) {
      engine.close();
    }
  }
}
