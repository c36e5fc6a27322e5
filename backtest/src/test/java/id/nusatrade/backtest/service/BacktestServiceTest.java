package id.nusatrade.backtest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.backtest.AppleBars;
import id.nusatrade.backtest.strategy.Examples;
import id.nusatrade.domain.billing.EntitlementCatalog;
import id.nusatrade.domain.billing.Entitlements;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.money.Idr;
import id.nusatrade.domain.tenant.Tenant;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.domain.tenant.Tier;
import id.nusatrade.domain.tenant.User;
import id.nusatrade.domain.tenant.UserId;
import id.nusatrade.domain.time.IndonesianZone;
import id.nusatrade.market.bars.BarSeries;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BacktestServiceTest {
  static final TenantId FREE = new TenantId(new UUID(0xF, 1));
  static final TenantId PRO = new TenantId(new UUID(0xB, 1));
  static final String STRATEGY = Examples.text(Examples.SMA_CROSS);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

  final MemoryRuns runs = new MemoryRuns();
  final ManualExecutor executor = new ManualExecutor(8);

  BacktestService service(MemoryRuns store) {
    return service(store, "process-1");
  }

  BacktestService service(MemoryRuns store, String process) {
    return new BacktestService(
        store,
        new AppleFeed(),
        new Tenants(),
        new Limits(),
        CLOCK,
        executor,
        BacktestModels.NONE,
        process);
  }

  static BacktestRequest upload(String strategy) {
    return new BacktestRequest(
        strategy, new BarSource.Upload(AppleBars.csv()), "none", "next-open", null);
  }

  @Test
  void aStartedRunIsQueuedThenSucceedsWithTheReportTheCommandLineWrites() throws Exception {
    BacktestService service = service(runs);

    BacktestRun started = service.submit(FREE, upload(STRATEGY));
    assertThat(started.status()).isEqualTo(BacktestStatus.QUEUED);
    assertThat(service.find(FREE, started.id()).orElseThrow().status())
        .isEqualTo(BacktestStatus.QUEUED);

    executor.runNext();

    BacktestRun done = service.find(FREE, started.id()).orElseThrow();
    assertThat(done.status()).isEqualTo(BacktestStatus.SUCCEEDED);
    assertThat(done.progress()).isEqualTo(1.0);
    assertThat(done.strategyName()).isEqualTo("sma-cross");
    JsonNode report = new ObjectMapper().readTree(done.report());
    assertThat(report.path("bars").asInt()).isEqualTo(252);
    assertThat(report.path("trades").isArray()).isTrue();
    assertThat(report.path("metrics").has("sharpe")).isTrue();
    assertThat(report.path("buyAndHold").has("totalReturn")).isTrue();
    JsonNode equity = new ObjectMapper().readTree(done.equity());
    assertThat(equity.size()).isEqualTo(252);
    assertThat(equity.get(0).get(0).asLong()).isEqualTo(AppleBars.epochMillis("2013-01-02"));
  }

  @Test
  void aBadStrategyIsRefusedNamingItsLineAndNothingIsStoredOrStarted() {
    String bad = STRATEGY.replace("sma(10) crosses_above", "sma(10) crosses_abov");

    assertThatThrownBy(() -> service(runs).submit(FREE, upload(bad)))
        .isInstanceOf(InvalidBacktestException.class)
        .hasMessageContaining("strategy, line 4, column");
    assertThat(runs.list(FREE)).isEmpty();
    assertThat(executor.waiting()).isZero();
  }

  @Test
  void aMalformedUploadNamesTheLine() {
    String csv = AppleBars.csv().replaceFirst("\n(\\d+),", "\n$1,oops,");
    BacktestRequest request =
        new BacktestRequest(STRATEGY, new BarSource.Upload(csv), null, null, null);

    assertThatThrownBy(() -> service(runs).submit(FREE, request))
        .isInstanceOf(InvalidBacktestException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void theTiersConcurrentBacktestsCapsRunsAtOnceAndAFinishedRunFreesItsSlot() {
    BacktestService service = service(runs);
    service.submit(FREE, upload(STRATEGY));

    assertThatThrownBy(() -> service.submit(FREE, upload(STRATEGY)))
        .isInstanceOf(BacktestLimitException.class)
        .hasMessageContaining("free tier runs at most 1 backtest at once");
    // another tenant's runs do not count; Pro runs three at once
    for (int i = 0; i < 3; i++) {
      service.submit(PRO, upload(STRATEGY));
    }
    assertThatThrownBy(() -> service.submit(PRO, upload(STRATEGY)))
        .isInstanceOf(BacktestLimitException.class)
        .hasMessageContaining("at most 3 backtests");

    executor.runNext(); // FREE's run
    assertThat(service.submit(FREE, upload(STRATEGY)).status()).isEqualTo(BacktestStatus.QUEUED);
    assertThat(runs.list(FREE)).hasSize(2);
  }

  @Test
  void theLimitHoldsAcrossTwoServicesOfOneProcess() {
    service(runs).submit(FREE, upload(STRATEGY)); // the REST web application

    assertThatThrownBy(() -> service(runs).submit(FREE, upload(STRATEGY))) // the UI's
        .isInstanceOf(BacktestLimitException.class);
    // after a restart, the old process's unfinished run no longer holds the slot
    assertThat(service(runs, "process-2").submit(FREE, upload(STRATEGY)).status())
        .isEqualTo(BacktestStatus.QUEUED);
  }

  @Test
  void aFullQueueRefusesAndTheRunIsStoredAsFailed() {
    ManualExecutor none = new ManualExecutor(0);
    BacktestService service =
        new BacktestService(runs, new AppleFeed(), new Tenants(), new Limits(), CLOCK, none);

    assertThatThrownBy(() -> service.submit(PRO, upload(STRATEGY)))
        .isInstanceOf(BacktestQueueFullException.class);
    assertThat(runs.list(PRO))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(BacktestStatus.FAILED);
              assertThat(service.activeRuns(PRO)).isZero();
            });
  }

  @Test
  void aModelTheCallerMayNotSeeIsRefusedNamingTheFieldAndNothingIsStored() {
    UUID model = new UUID(7, 7);
    BacktestService service =
        new BacktestService(
            runs,
            new AppleFeed(),
            new Tenants(),
            new Limits(),
            CLOCK,
            executor,
            new id.nusatrade.backtest.TrainedModels.Visible(
                PRO, "alice", model, () -> java.nio.file.Path.of("unused")));
    BacktestRequest withModel =
        new BacktestRequest(
            "name: m\ntimeframe: D1\nentry:\n  long: model.buy > 0\nexit:\n"
                + "  long: model.sell > 0\nsize:\n  units: 1\n",
            new BarSource.Upload(AppleBars.csv()),
            null,
            null,
            null,
            model,
            null);

    for (String[] who : new String[][] {{"bob", "PRO"}, {"alice", "FREE"}}) {
      TenantId tenant = who[1].equals("PRO") ? PRO : FREE;
      assertThatThrownBy(() -> service.submit(tenant, who[0], withModel))
          .isInstanceOf(InvalidBacktestException.class)
          .hasMessageContaining("model: no model " + model);
    }
    assertThat(service.models(PRO, "alice"))
        .extracting(BacktestModels.Choice::id)
        .containsExactly(model);
    assertThat(service.models(PRO, "bob")).isEmpty();
    assertThat(runs.list(PRO)).isEmpty();
    // without a model the strategy reading model.* names its line
    assertThatThrownBy(
            () ->
                service.submit(
                    PRO,
                    "alice",
                    new BacktestRequest(
                        withModel.strategy(), withModel.data(), null, null, null, null, null)))
        .isInstanceOf(InvalidBacktestException.class)
        .hasMessageContaining("line 4");
  }

  @Test
  void anOptimisationOfAStrategyWithoutParametersIsRefused() {
    BacktestRequest request =
        new BacktestRequest(
            STRATEGY,
            new BarSource.Upload(AppleBars.csv()),
            null,
            null,
            null,
            null,
            new id.nusatrade.backtest.run.Analysis(
                id.nusatrade.backtest.run.Analysis.Optimization.defaults(), false));
    assertThatThrownBy(() -> service(runs).submit(PRO, request))
        .isInstanceOf(InvalidBacktestException.class)
        .hasMessageContaining("optimize: the strategy declares no parameters");
  }

  @Test
  void anotherTenantsRunIsUnknown() {
    BacktestService service = service(runs);
    BacktestRun started = service.submit(FREE, upload(STRATEGY));

    assertThat(service.find(PRO, started.id())).isEmpty();
    assertThat(service.list(PRO)).isEmpty();
    assertThat(service.list(FREE)).extracting(BacktestRun::id).containsExactly(started.id());
  }

  @Test
  void afterARestartAFinishedRunKeepsItsReportAndAnUnfinishedOneReadsAsInterrupted() {
    BacktestService before = service(runs);
    BacktestRun finished = before.submit(PRO, upload(STRATEGY));
    executor.runNext();
    BacktestRun cutOff = before.submit(PRO, upload(STRATEGY));

    // a sibling web application of the same process sees the run as queued, not interrupted
    assertThat(service(runs).find(PRO, cutOff.id()).orElseThrow().status())
        .isEqualTo(BacktestStatus.QUEUED);
    BacktestService after = service(runs, "process-2"); // restarted, over the same store

    assertThat(after.find(PRO, finished.id()).orElseThrow().report()).isNotBlank();
    BacktestRun interrupted = after.find(PRO, cutOff.id()).orElseThrow();
    assertThat(interrupted.status()).isEqualTo(BacktestStatus.FAILED);
    assertThat(interrupted.error()).isEqualTo(BacktestService.INTERRUPTED);
    assertThat(runs.find(PRO, cutOff.id()).orElseThrow().status()).isEqualTo(BacktestStatus.FAILED);
  }

  @Test
  void storedBarsRunOnTheTenantsFeedAndAnUnknownSymbolIsRefused() {
    BacktestService service = service(runs);
    BacktestRequest stored =
        new BacktestRequest(
            STRATEGY, new BarSource.Stored("AAPL", Timeframe.D1, null, null), null, null, null);
    BacktestRun started = service.submit(PRO, stored);
    executor.runNext();
    BacktestRun done = service.find(PRO, started.id()).orElseThrow();
    assertThat(done.status()).as(done.error()).isEqualTo(BacktestStatus.SUCCEEDED);
    assertThat(done.data()).isEqualTo("stored AAPL D1");

    BacktestRequest unknown =
        new BacktestRequest(
            STRATEGY, new BarSource.Stored("EURUSD", null, null, null), null, null, null);
    assertThatThrownBy(() -> service.submit(PRO, unknown))
        .isInstanceOf(InvalidBacktestException.class)
        .hasMessageContaining("no terminal of this tenant streams symbol EURUSD");
  }

  /** AAPL daily bars are the tenant's one feed. */
  static final class AppleFeed implements StoredBars {
    @Override
    public List<String> symbols(TenantId tenant) {
      return List.of("AAPL");
    }

    @Override
    public Optional<FeedId> feed(TenantId tenant, String symbol) {
      return symbol.equals("AAPL") ? Optional.of(new FeedId(tenant, 1, symbol)) : Optional.empty();
    }

    @Override
    public BarSeries bars(FeedId feed, Timeframe timeframe, long fromMillis, long toMillis) {
      assertThat(timeframe).isEqualTo(Timeframe.D1);
      assertThat(toMillis).isEqualTo(CLOCK.millis());
      return AppleBars.series();
    }
  }

  /** FREE is on Free, PRO on Pro. */
  static final class Tenants implements TenantRepository {
    @Override
    public Optional<Tenant> findTenant(TenantId caller, TenantId id) {
      Tier tier = id.equals(FREE) ? Tier.FREE : Tier.PRO;
      return Optional.of(new Tenant(id, "t", tier, IndonesianZone.WIB));
    }

    @Override
    public List<User> usersOf(TenantId caller) {
      return List.of();
    }

    @Override
    public Optional<User> findUser(TenantId caller, UserId id) {
      return Optional.empty();
    }
  }

  /** The catalog's figures for concurrent backtests: Free 1, Pro 3 (billing's catalog.json). */
  static final class Limits implements EntitlementCatalog {
    private static final Map<Tier, Integer> AT_ONCE = Map.of(Tier.FREE, 1, Tier.PRO, 3);

    @Override
    public Entitlements entitlementsOf(Tier tier, Instant at) {
      return new Entitlements(100, false, false, false, false, 10, AT_ONCE.get(tier));
    }

    @Override
    public Idr monthlyPriceOf(Tier tier, Instant at) {
      return Idr.ZERO;
    }
  }
}
