package id.nusatrade.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.InvalidMarketQueryException;
import id.nusatrade.domain.market.MarketQueries;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.market.UnknownSymbolException;
import id.nusatrade.domain.market.indicator.IndicatorValue;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.Gateway;
import id.nusatrade.gateway.GatewayConfig;
import id.nusatrade.gateway.GatewayPorts;
import id.nusatrade.gateway.sim.EaSettings;
import id.nusatrade.gateway.sim.SimulatedExpertAdvisor;
import id.nusatrade.gateway.terminal.InMemoryTerminalDirectory;
import id.nusatrade.market.bars.IndicatorSpecs;
import id.nusatrade.market.validation.ValidationConfig;
import id.nusatrade.server.persistence.MigratedDatabase;
import id.nusatrade.server.security.Caller;
import id.nusatrade.tickstore.postgres.PostgresTickStore;
import id.nusatrade.ui.market.Candle;
import id.nusatrade.ui.market.ChartHistory;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6's done-when for finding 1: two tenants' terminals stream the same symbol at different
 * prices through the real gateway into the real PostgreSQL tick store (migrated, the application's
 * role, row-level security on); each tenant's REST bars, chart history and stored indicator values
 * are exactly its own feed's, computed here from the ticks each terminal sent.
 */
class MarketFeedIsolationIT {
  static final TenantId A = TenantId.of("11111111-1111-1111-1111-111111111111");
  static final TenantId B = TenantId.of("22222222-2222-2222-2222-222222222222");
  static final TenantId NO_TERMINAL = TenantId.of("33333333-3333-3333-3333-333333333333");
  static final FeedId FEED_A = new FeedId(A, 80001, "EURUSD");
  static final FeedId FEED_B = new FeedId(B, 90001, "EURUSD");
  static final long T0 = Instant.parse("2026-11-20T03:00:00Z").toEpochMilli();
  static final int TICKS = 630; // one per second: M1 bars 0..9 close, bar 10 is in progress
  static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir static Path journal;
  static MigratedDatabase db;
  static PostgresTickStore store;
  static final List<double[]> SENT_A = new ArrayList<>();
  static final List<double[]> SENT_B = new ArrayList<>();

  @BeforeAll
  static void streamBothTenants() throws Exception {
    db = new MigratedDatabase();
    store = new PostgresTickStore(db.as(MigratedDatabase.APP));
    int port = freePort();
    var terminals =
        new InMemoryTerminalDirectory()
            .register(A, FEED_A.account(), "key-a")
            .register(B, FEED_B.account(), "key-b");
    GatewayConfig config =
        GatewayConfig.defaults()
            .withPort(port)
            .withJournal(journal)
            .withValidation(ValidationConfig.defaults().withMaxTickAge(Duration.ZERO))
            .withIndicators(IndicatorSpecs.of("sma:5"));
    try (Gateway gateway = new Gateway(GatewayPorts.of(terminals).withTickStore(store));
        var eaA = new SimulatedExpertAdvisor(ea(port, A, FEED_A, "key-a"));
        var eaB = new SimulatedExpertAdvisor(ea(port, B, FEED_B, "key-b"))) {
      gateway.start(config);
      eaA.start();
      eaB.start();
      long lastA = 0;
      long lastB = 0;
      for (int i = 0; i < TICKS; i++) {
        lastA = send(eaA, SENT_A, i, 1.08);
        lastB = send(eaB, SENT_B, i, 1.28); // another broker quotes the symbol 0.2 higher
      }
      assertThat(eaA.awaitAcked(lastA, WAIT)).as(eaA.lastError()).isTrue();
      assertThat(eaB.awaitAcked(lastB, WAIT)).as(eaB.lastError()).isTrue();
    } // stopping the gateway drains the ring: the last batch is stored
  }

  @AfterAll
  static void stopDatabase() throws Exception {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void eachTenantsRestBarsAreItsOwnFeedsBarsOnly() {
    MarketResource api = api();

    assertThat(api.bars(trader(A), "EURUSD", "M1", "100")).isEqualTo(expectedM1(SENT_A));
    assertThat(api.bars(trader(B), "EURUSD", "m1", null)).isEqualTo(expectedM1(SENT_B));
    assertThat(api.bars(trader(A), "EURUSD", "M1", "3"))
        .isEqualTo(expectedM1(SENT_A).subList(7, 10));
    assertThat(api.symbols(trader(A))).containsExactly("EURUSD");
    assertThat(api.symbols(trader(B))).containsExactly("EURUSD");
  }

  @Test
  void aTenantWithoutATerminalStreamingTheSymbolIsUnknownAndBadParametersAreRefused() {
    MarketResource api = api();

    assertThat(api.symbols(trader(NO_TERMINAL))).isEmpty();
    assertThatThrownBy(() -> api.bars(trader(NO_TERMINAL), "EURUSD", "M1", "10"))
        .isInstanceOf(UnknownSymbolException.class)
        .hasMessageContaining("EURUSD");
    assertThatThrownBy(() -> api.bars(trader(A), "EURUSD", "M2", "10"))
        .isInstanceOf(InvalidMarketQueryException.class)
        .hasMessageContaining("M2");
    assertThatThrownBy(() -> api.bars(trader(A), "EURUSD", "M1", "0"))
        .isInstanceOf(InvalidMarketQueryException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> api.bars(trader(A), "EURUSD", "M1", "5001"))
        .isInstanceOf(InvalidMarketQueryException.class);
  }

  @Test
  void eachTenantsChartHistoryIsItsOwnFeedWithItsOwnCandleInProgress() {
    Clock now = Clock.fixed(Instant.ofEpochMilli(T0 + TICKS * 1000L), ZoneOffset.UTC);
    ChartHistory history = new ChartHistory(store, now);
    MarketQueries queries = new MarketQueries(store);

    for (var tenant : List.of(A, B)) {
      List<double[]> sent = tenant.equals(A) ? SENT_A : SENT_B;
      FeedId feed = queries.feed(tenant, "EURUSD").orElseThrow();
      ChartHistory.Loaded loaded = history.load(feed, Timeframe.M1, 300);

      assertThat(loaded.closed())
          .containsExactlyElementsOf(candles(expectedM1(sent)))
          .as("tenant " + tenant);
      List<BarView> all = bucketsOf(sent);
      assertThat(loaded.inProgress()).contains(candles(all).getLast());
    }
  }

  @Test
  void eachTenantsStoredIndicatorValuesComeFromItsOwnBars() {
    for (FeedId feed : List.of(FEED_A, FEED_B)) {
      List<BarView> bars = expectedM1(feed == FEED_A ? SENT_A : SENT_B);
      List<IndicatorValue> sma = store.indicators(feed, Timeframe.M1, "sma_5", 0, Long.MAX_VALUE);

      assertThat(sma)
          .extracting(IndicatorValue::timeMillis)
          .containsExactlyElementsOf(
              bars.subList(4, bars.size()).stream().map(BarView::time).toList());
      for (int k = 0; k < sma.size(); k++) {
        double sum = 0;
        for (int b = k; b < k + 5; b++) {
          sum += bars.get(b).close();
        }
        assertThat(sma.get(k).value())
            .isCloseTo(sum / 5, org.assertj.core.data.Offset.offset(1e-12));
      }
    }
  }

  private static MarketResource api() {
    MarketResource api = new MarketResource();
    api.markets = new MarketQueries(store);
    return api;
  }

  private static Caller trader(TenantId tenant) {
    return new Caller("trader", Optional.of(tenant), Set.of(Role.TRADER), "session");
  }

  /** Tick i at T0 + i s, mid walking around {@code base}; records [time, bid, ask]. */
  private static long send(SimulatedExpertAdvisor ea, List<double[]> sent, int i, double base)
      throws InterruptedException {
    double mid = base + ((i * 7) % 13) * 0.0001 + (i / 60) * 0.0002;
    double bid = mid - 0.00005;
    double ask = mid + 0.00005;
    long time = T0 + i * 1000L;
    sent.add(new double[] {time, bid, ask});
    return ea.sendTick("EURUSD", time, bid, ask, 0, 1, 0);
  }

  /** Closed M1 bars of the sent ticks, straight from the definition: all buckets but the last. */
  private static List<BarView> expectedM1(List<double[]> sent) {
    List<BarView> all = bucketsOf(sent);
    return all.subList(0, all.size() - 1);
  }

  private static List<BarView> bucketsOf(List<double[]> sent) {
    TreeMap<Long, List<Double>> buckets = new TreeMap<>();
    for (double[] t : sent) {
      long time = (long) t[0];
      buckets.computeIfAbsent(time - time % 60_000, k -> new ArrayList<>()).add((t[1] + t[2]) / 2);
    }
    List<BarView> bars = new ArrayList<>();
    buckets.forEach(
        (open, mids) ->
            bars.add(
                new BarView(
                    open,
                    mids.getFirst(),
                    mids.stream().mapToDouble(d -> d).max().orElseThrow(),
                    mids.stream().mapToDouble(d -> d).min().orElseThrow(),
                    mids.getLast(),
                    mids.size())));
    return bars;
  }

  private static List<Candle> candles(List<BarView> bars) {
    return bars.stream()
        .map(b -> new Candle(b.time(), b.open(), b.high(), b.low(), b.close(), b.volume()))
        .toList();
  }

  private static EaSettings ea(int port, TenantId tenant, FeedId feed, String key) {
    return EaSettings.of("127.0.0.1", port, tenant.toString(), feed.account(), key);
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
