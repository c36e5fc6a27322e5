package id.nusatrade.server.infrastructure.trading;

import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.tenant.Tenant;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.domain.tenant.Tier;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.messaging.EventBusTopology;
import id.nusatrade.messaging.EventHandler;
import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.jms.ConsumerSource;
import id.nusatrade.messaging.jms.EventConsumer;
import id.nusatrade.messaging.jms.EventConsumers;
import id.nusatrade.platform.jdbc.TenantScopedJdbc;
import id.nusatrade.rules.calendar.TradingCalendar;
import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.server.infrastructure.messaging.EventBusConnection;
import id.nusatrade.server.infrastructure.rules.RulesRuntime;
import id.nusatrade.trading.application.EngineTradingDesk;
import id.nusatrade.trading.application.TradingDesk;
import id.nusatrade.trading.check.RiskProfiles;
import id.nusatrade.trading.check.RulesPreTradeCheck;
import id.nusatrade.trading.engine.TradingEngine;
import id.nusatrade.trading.engine.TradingListeners;
import id.nusatrade.trading.events.TradingEvents;
import id.nusatrade.trading.fill.Costs;
import id.nusatrade.trading.fill.FillModel;
import id.nusatrade.trading.live.ModeSwitch;
import id.nusatrade.trading.live.TierLiveTrading;
import id.nusatrade.trading.mt5.Mt5ExecutionConsumer;
import id.nusatrade.trading.mt5.Mt5Reconciliation;
import id.nusatrade.trading.mt5.Mt5Venue;
import id.nusatrade.trading.paper.PaperVenue;
import id.nusatrade.trading.persistence.JdbcMt5Accounts;
import id.nusatrade.trading.persistence.PostgresTradingStore;
import id.nusatrade.trading.persistence.TenantTransactions;
import id.nusatrade.trading.pnl.ReferenceRates;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Owns the server's trading engine. Built on first use (after the schema migrated at start-up): the
 * journal in {@code NUSATRADE_TRADING_JOURNAL_DIR} (default {@code
 * <NUSATRADE_STATE_DIR>/trading-journal}) is replayed, the paper venue connected, and the store's
 * drain scheduled every 500 ms, LIVE accounts' orders sent to the MT5 gateway ({@link Mt5Venue},
 * login from {@code trading_account.mt5_login}), the sampled ticks subscribed, and the
 * trade-approval results consumed ({@link ApprovalResultHandler}) as are the MT5 gateway's
 * execution reports ({@link Mt5ExecutionConsumer}, accounts mapped by {@code
 * trading_account.mt5_login}); each retried every 5 s until the broker answers. Every account gets
 * the {@code standard} risk profile and the paper balance as equity until account settings exist.
 */
@ApplicationScoped
public class TradingRuntime {
  private static final Logger LOG = Logger.getLogger(TradingRuntime.class.getName());
  private static final BigDecimal PAPER_EQUITY = new BigDecimal("1000000000");

  @Resource(lookup = "jdbc/nusatrade")
  DataSource app;

  @Inject Clock clock;

  @Inject EventBusConnection bus;

  @Inject EventPublisher publisher;

  @Inject RulesRuntime rules;

  @Inject TenantRepository tenants;

  @Inject Catalog catalog;

  // MicroProfile Config treats an empty default as missing: optional instead
  @Inject
  @ConfigProperty(name = "NUSATRADE_STATE_DIR")
  Optional<String> stateDir;

  @Inject
  @ConfigProperty(name = "NUSATRADE_TRADING_JOURNAL_DIR")
  Optional<String> journalDir;

  /** IDR per unit for currencies the tenant's feed has no {@code <currency>IDR} quote of. */
  @Inject
  @ConfigProperty(name = "NUSATRADE_IDR_REFERENCE_RATES")
  Optional<String> idrReferenceRates;

  private TradingEngine engine;
  private PostgresTradingStore store;
  private TradingEvents events;
  private ScheduledExecutorService drainer;
  private TradingTickFeed ticks;
  private EventConsumer approvals;
  private EventConsumer executions;
  private Mt5Venue live;
  private TradingDesk desk;

  public synchronized TradingEngine engine() {
    if (engine == null) {
      start();
    }
    return engine;
  }

  private void start() {
    TenantScopedJdbc jdbc = new TenantScopedJdbc(app);
    TenantTransactions tenantTx =
        (tenant, work) ->
            jdbc.inTenant(
                tenant,
                c -> {
                  work.run(c);
                  return null;
                });
    store = new PostgresTradingStore(tenantTx);
    RulesPreTradeCheck check =
        new RulesPreTradeCheck(
            rules.rules(RuleArea.RISK),
            TradingCalendar.load(),
            RiskProfiles.uniform(PAPER_EQUITY, "standard"),
            clock);
    Path journal = journalPath();
    events = new TradingEvents(clock);
    TradingEngine e = new TradingEngine(journal, check, clock, TradingListeners.of(store, events));
    e.referenceRates(idrReferenceRates());
    e.connect(AccountMode.PAPER, new PaperVenue(new FillModel(Costs.NONE), e));
    JdbcMt5Accounts mt5Accounts = new JdbcMt5Accounts(tenantTx);
    live = new Mt5Venue(mt5Accounts, e, publisher, clock);
    e.connect(AccountMode.LIVE, live);
    desk =
        new EngineTradingDesk(
            e,
            new ModeSwitch(
                e,
                new TierLiveTrading(rules.rules(RuleArea.TIER), catalog, this::tierOf, clock),
                mt5Accounts));
    store.known(e.accounts());
    events.known(e.accounts());
    drainer =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("trading-store").factory());
    drainer.scheduleWithFixedDelay(this::drain, 500, 500, TimeUnit.MILLISECONDS);
    ticks = new TradingTickFeed(bus.factory(), bus.messages(), e);
    if (!ticks.start()) {
      drainer.scheduleWithFixedDelay(ticks::start, 5, 5, TimeUnit.SECONDS);
    }
    if (!consumeApprovals(e)) {
      drainer.scheduleWithFixedDelay(() -> consumeApprovals(e), 5, 5, TimeUnit.SECONDS);
    }
    Mt5ExecutionConsumer mt5 =
        new Mt5ExecutionConsumer(e, mt5Accounts, new Mt5Reconciliation(e, publisher));
    if (!consumeExecutions(mt5)) {
      drainer.scheduleWithFixedDelay(() -> consumeExecutions(mt5), 5, 5, TimeUnit.SECONDS);
    }
    engine = e;
    LOG.info(
        () ->
            "trading engine started, journal "
                + journal
                + ", "
                + e.accounts().size()
                + " accounts");
  }

  private Tier tierOf(TenantId tenant) {
    return tenants
        .findTenant(tenant, tenant)
        .map(Tenant::tier)
        .orElseThrow(() -> new IllegalStateException("unknown tenant " + tenant));
  }

  /** Subscribes unless subscribed; false (and a log line) when the broker cannot be reached. */
  private synchronized boolean consumeApprovals(TradingEngine e) {
    if (approvals != null) {
      return true;
    }
    approvals =
        consume(
            ConsumerSource.subscription(EventRouting.TRADING, ApprovalResultHandler.SUBSCRIPTION),
            new ApprovalResultHandler(e),
            "approval results");
    return approvals != null;
  }

  /**
   * Subscribes to the MT5 gateway's execution reports unless subscribed. Reports sent before this
   * first runs wait in the subscription queue the broker pre-creates ({@code
   * DurableSubscription.TRADING_EXECUTIONS}); one for a login no trading account maps is
   * dead-lettered with the reason.
   */
  private synchronized boolean consumeExecutions(Mt5ExecutionConsumer handler) {
    if (executions == null) {
      executions = consume(Mt5ExecutionConsumer.SOURCE, handler, "MT5 execution reports");
    }
    return executions != null;
  }

  /** The started consumer, or null (and a log line) when the broker cannot be reached. */
  private EventConsumer consume(ConsumerSource source, EventHandler handler, String what) {
    try {
      return new EventConsumers(bus.factory(), bus.messages(), EventBusTopology.defaults())
          .start(source, handler);
    } catch (RuntimeException unreachable) { // EventBusException: the broker is not up yet
      LOG.log(
          Level.WARNING,
          "trading: cannot consume " + what + " yet (" + unreachable.getMessage() + ")");
      return null;
    }
  }

  private Path journalPath() {
    return journalDir
        .filter(d -> !d.isBlank())
        .map(Path::of)
        .orElseGet(
            () ->
                stateDir
                    .filter(d -> !d.isBlank())
                    .map(d -> Path.of(d, "trading-journal"))
                    .orElse(Path.of("trading-journal")));
  }

  private void drain() {
    try {
      store.drain();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "trading store drain failed; the batch is kept for the next try", e);
    }
    try {
      events.publish(publisher);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "trading events not published; kept for the next try", e);
    }
  }

  /**
   * The IDR reference rates ({@code NUSATRADE_IDR_REFERENCE_RATES}, e.g. {@code USD=16250}); none
   * by default, so an IDR total needs the tenant's own {@code USDIDR} quotes.
   */
  public Map<String, BigDecimal> idrReferenceRates() {
    return ReferenceRates.parse(idrReferenceRates.orElse(""));
  }

  /**
   * The tenant-scoped trading service on this engine (the web UI reaches it through the REST API).
   */
  public synchronized TradingDesk desk() {
    engine();
    return desk;
  }

  @PreDestroy
  synchronized void stop() {
    if (engine != null) {
      ticks.close();
      if (approvals != null) {
        approvals.close();
      }
      if (executions != null) {
        executions.close();
      }
      drainer.shutdown();
      live.close();
      engine.flush();
      drain();
      engine.close();
    }
  }
}
