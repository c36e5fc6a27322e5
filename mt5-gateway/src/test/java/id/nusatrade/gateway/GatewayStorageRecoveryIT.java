package id.nusatrade.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.TickStore;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.market.indicator.IndicatorStore;
import id.nusatrade.domain.market.indicator.IndicatorValue;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.sim.EaSettings;
import id.nusatrade.gateway.sim.SimulatedExpertAdvisor;
import id.nusatrade.gateway.terminal.InMemoryTerminalDirectory;
import id.nusatrade.market.bars.IndicatorSpecs;
import id.nusatrade.market.validation.ValidationConfig;
import id.nusatrade.tickstore.postgres.PostgresTickStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Finding 2 of issue 6: the tick store dies in the middle of a replay (the gateway keeps journaling
 * and acknowledging, as when the process is killed between the journal's fsync and the store's
 * flush), the gateway restarts on its journal and the stream goes on. The stored ticks, bars of
 * every timeframe and indicator values then equal those of an uninterrupted run of the same stream,
 * row for row, on the real PostgreSQL store (migrated schema, application role, RLS).
 */
class GatewayStorageRecoveryIT {
  static final TenantId A = TenantId.of("11111111-1111-1111-1111-111111111111");
  static final TenantId B = TenantId.of("22222222-2222-2222-2222-222222222222");
  static final FeedId FEED_A = new FeedId(A, 80001, "EURUSD");
  static final FeedId FEED_B = new FeedId(B, 90001, "EURUSD");
  static final long T0 = Instant.parse("2026-11-20T03:00:00Z").toEpochMilli();
  static final int TICKS = 1_260; // 21 minutes at one a second: M1, M5 and M15 bars close
  static final int CRASH_AT = 700; // ticks per terminal sent before the restart
  static final int STORE_DIES_AFTER = 500; // ticks the store takes before it dies
  static final List<String> INDICATORS = List.of("sma_5", "ema_3");
  static final Duration WAIT = Duration.ofSeconds(60);

  static EmbeddedPostgres postgres;

  @TempDir Path journalUninterrupted;
  @TempDir Path journalCrashed;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
    execute(
        postgres.getPostgresDatabase(),
        "CREATE ROLE app LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD 'app'");
    for (String db : List.of("uninterrupted", "crashed")) {
      execute(postgres.getPostgresDatabase(), "CREATE DATABASE " + db);
      Path dir = Path.of(System.getProperty("market.migration.dir"));
      for (String file :
          List.of(
              "V1__subscription_tiers.sql",
              "V2__tenants_and_users.sql",
              "V3__tenant_row_level_security.sql",
              "V20__market_data.sql",
              "V24__market_data_per_feed.sql")) {
        execute(
            postgres.getDatabase("postgres", db),
            Files.readString(dir.resolve(file)).replace("${appRole}", "app"));
      }
    }
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void afterTheStoreDiesMidReplayAndTheGatewayRestartsTheStoreEqualsAnUninterruptedRun()
      throws Exception {
    PostgresTickStore uninterrupted = new PostgresTickStore(app("uninterrupted"));
    int port = freePort();
    try (var eas = new Terminals(port)) {
      runGateway(port, journalUninterrupted, uninterrupted, eas, 0, TICKS);
    }

    PostgresTickStore crashed = new PostgresTickStore(app("crashed"));
    DyingStore dying = new DyingStore(crashed, STORE_DIES_AFTER);
    int port2 = freePort();
    try (var eas = new Terminals(port2)) {
      runGateway(port2, journalCrashed, dying, eas, 0, CRASH_AT);
      long storedBeforeRestart =
          crashed.lastTicks(FEED_A, 10_000).size() + crashed.lastTicks(FEED_B, 10_000).size();
      assertThat(storedBeforeRestart)
          .as("acknowledged ticks the dead store never got")
          .isLessThan(2L * CRASH_AT);
      runGateway(port2, journalCrashed, crashed, eas, CRASH_AT, TICKS);
    }

    for (FeedId feed : List.of(FEED_A, FEED_B)) {
      assertThat(crashed.lastTicks(feed, 10_000))
          .hasSize(TICKS)
          .isEqualTo(uninterrupted.lastTicks(feed, 10_000));
      for (Timeframe tf : Timeframe.values()) {
        List<Bar> expected = uninterrupted.bars(feed, tf, 0, Long.MAX_VALUE);
        assertThat(crashed.bars(feed, tf, 0, Long.MAX_VALUE))
            .as(feed + " " + tf)
            .isEqualTo(expected);
        for (String name : INDICATORS) {
          assertThat(crashed.indicators(feed, tf, name, 0, Long.MAX_VALUE))
              .isEqualTo(uninterrupted.indicators(feed, tf, name, 0, Long.MAX_VALUE));
        }
      }
    }
    assertThat(uninterrupted.bars(FEED_A, Timeframe.M1, 0, Long.MAX_VALUE)).hasSize(20);
    assertThat(uninterrupted.bars(FEED_A, Timeframe.M15, 0, Long.MAX_VALUE)).hasSize(1);
    assertThat(uninterrupted.indicators(FEED_A, Timeframe.M1, "sma_5", 0, Long.MAX_VALUE))
        .hasSize(16);
  }

  /** Starts a gateway on the journal, streams ticks [from, to) from both terminals, stops. */
  private static void runGateway(
      int port, Path journal, TickStore store, Terminals eas, int from, int to) throws Exception {
    var directory =
        new InMemoryTerminalDirectory()
            .register(A, FEED_A.account(), "key-a")
            .register(B, FEED_B.account(), "key-b");
    try (Gateway gateway = new Gateway(GatewayPorts.of(directory).withTickStore(store))) {
      gateway.start(
          GatewayConfig.defaults()
              .withPort(port)
              .withJournal(journal)
              .withValidation(ValidationConfig.defaults().withMaxTickAge(Duration.ZERO))
              .withIndicators(IndicatorSpecs.of("sma:5,ema:3")));
      eas.start();
      long lastA = 0;
      long lastB = 0;
      for (int i = from; i < to; i++) {
        double mid = 1.08 + ((i * 7) % 13) * 0.0001 + (i / 90) * 0.0003;
        lastA = eas.a.sendTick("EURUSD", T0 + i * 1000L, mid - 0.00005, mid + 0.00005, 0, 1, 0);
        lastB = eas.b.sendTick("EURUSD", T0 + i * 1000L, mid + 0.19995, mid + 0.20005, 0, 1, 0);
      }
      assertThat(eas.a.awaitAcked(lastA, WAIT)).as(eas.a.lastError()).isTrue();
      assertThat(eas.b.awaitAcked(lastB, WAIT)).as(eas.b.lastError()).isTrue();
    }
  }

  /** Both terminals; they reconnect to the restarted gateway on the same port. */
  private static final class Terminals implements AutoCloseable {
    final SimulatedExpertAdvisor a;
    final SimulatedExpertAdvisor b;
    private boolean started;

    Terminals(int port) {
      a =
          new SimulatedExpertAdvisor(
              EaSettings.of("127.0.0.1", port, A.toString(), 80001, "key-a"));
      b =
          new SimulatedExpertAdvisor(
              EaSettings.of("127.0.0.1", port, B.toString(), 90001, "key-b"));
    }

    void start() {
      if (!started) {
        a.start();
        b.start();
        started = true;
      }
    }

    @Override
    public void close() {
      a.close();
      b.close();
    }
  }

  /**
   * A store that takes the first {@code limit} ticks and then dies: from the batch that crosses the
   * limit on, appends and flushes are lost, as when the process is killed before its flush.
   */
  private static final class DyingStore implements TickStore, IndicatorStore {
    private final PostgresTickStore store;
    private final int limit;
    private int taken;
    private boolean dead;

    DyingStore(PostgresTickStore store, int limit) {
      this.store = store;
      this.limit = limit;
    }

    @Override
    public void appendTicks(List<Tick> ticks) {
      taken += ticks.size();
      dead |= taken > limit;
      if (!dead) {
        store.appendTicks(ticks);
      }
    }

    @Override
    public void appendBars(List<Bar> bars) {
      if (!dead) {
        store.appendBars(bars);
      }
    }

    @Override
    public void appendIndicators(List<IndicatorValue> values) {
      if (!dead) {
        store.appendIndicators(values);
      }
    }

    @Override
    public void flush() {
      if (!dead) {
        store.flush();
      }
    }

    @Override
    public List<FeedId> feeds(TenantId tenant) {
      return store.feeds(tenant);
    }

    @Override
    public OptionalLong lastSequence(FeedId feed) {
      return store.lastSequence(feed);
    }

    @Override
    public List<Tick> lastTicks(FeedId feed, int n) {
      return store.lastTicks(feed, n);
    }

    @Override
    public List<Bar> ohlc(FeedId feed, Timeframe tf, long from, long to) {
      return store.ohlc(feed, tf, from, to);
    }

    @Override
    public List<Bar> bars(FeedId feed, Timeframe tf, long from, long to) {
      return store.bars(feed, tf, from, to);
    }

    @Override
    public List<Bar> lastBars(FeedId feed, Timeframe tf, int n) {
      return store.lastBars(feed, tf, n);
    }

    @Override
    public List<IndicatorValue> indicators(
        FeedId feed, Timeframe tf, String name, long from, long to) {
      return store.indicators(feed, tf, name, from, to);
    }
  }

  private static DataSource app(String database) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setUrl(postgres.getJdbcUrl("app", database));
    source.setPassword("app");
    return source;
  }

  private static void execute(DataSource target, String sql) throws SQLException {
    try (Connection connection = target.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
