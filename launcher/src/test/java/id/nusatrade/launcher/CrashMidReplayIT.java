package id.nusatrade.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.replay.CsvMarketData;
import id.nusatrade.gateway.replay.ReplayTicks;
import id.nusatrade.gateway.sim.EaSettings;
import id.nusatrade.gateway.sim.SimulatedExpertAdvisor;
import id.nusatrade.launcher.component.EmbeddedPostgres;
import id.nusatrade.launcher.component.MarketSchema;
import id.nusatrade.launcher.component.ProcessTrees;
import id.nusatrade.launcher.component.RecordedProcess;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import id.nusatrade.launcher.run.RunRecord;
import id.nusatrade.tickstore.MarketDataStore;
import id.nusatrade.tickstore.TickStores;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The done-when of issue 6: {@code kill -9} of the platform in the middle of a replay, then {@code
 * run} again, and the stored ticks and bars equal the replayed file's. A real supervisor JVM, with
 * each tick store (its postmaster, and clickhouse-server with ClickHouse, are children the kill
 * leaves behind, which the next run must stop and replace); Keycloak and Zeebe are external and
 * Liberty is not built, so the test creates the gateway's tables itself. The simulated EA streams
 * the shipped demo sample (580 real ETH/USD 5-minute bars, four ticks each) with its recorded
 * times, so every expected bar comes straight from the file: M5 = its rows, H1, H4 and D1 = its
 * rows grouped by hand (D1 and H4 open at the session: 17:00 New York = 21:00 UTC in March 2023,
 * the FX default).
 */
class CrashMidReplayIT {
  static final String DEMO = "/id/nusatrade/gateway/replay/demo/ethusd-m5-2023-03-13.csv";
  static final String TENANT_A = "11111111-1111-1111-1111-111111111111";
  static final FeedId FEED = new FeedId(TenantId.of(TENANT_A), 80001, "ETHUSD");
  static final Duration WAIT = Duration.ofSeconds(120);
  static final long HOUR = 3_600_000L;

  @TempDir Path home;
  private Supervisors supervisors;

  @BeforeEach
  void supervisorsInHome() {
    supervisors = new Supervisors(home);
  }

  private LauncherConfig config;

  @ParameterizedTest
  @ValueSource(strings = {"postgres", "clickhouse"})
  void killDashNineMidReplayThenRunAgainStoresExactlyTheFilesTicksAndBars(String tickStore)
      throws Exception {
    Path csv = Files.write(home.resolve("demo.csv"), resource(DEMO));
    ReplayTicks t = CsvMarketData.read(csv);
    config =
        LauncherConfig.defaults()
            .with(Setting.HOME, home)
            .with(Setting.TICK_STORE, tickStore)
            .withFreePorts();
    RunRecord first = awaitRunning(startRun());
    MarketSchema.migrate(new EmbeddedPostgres(config), config); // Liberty's part: not started
    int third = t.size() / 3;
    try (SimulatedExpertAdvisor ea = new SimulatedExpertAdvisor(demoTerminal()).start()) {
      send(ea, t, 0, third);
      assertThat(ea.awaitAcked(third, WAIT)).as(ea.lastError()).isTrue();
      send(ea, t, third, 2 * third); // some still unacknowledged, none flushed for sure

      supervisors
          .started()
          .getFirst()
          .destroyForcibly()
          .waitFor(); // kill -9: no shutdown hook runs
      long ackedAtKill = ea.ackedSeq();
      long storedAtKill = store().lastSequence(FEED).orElse(0); // the leftovers still answer
      System.err.printf(
          "killed mid-replay: %d of %d ticks sent, %d acknowledged, %d stored%n",
          2 * third, t.size(), ackedAtKill, storedAtKill);
      List<Long> leftovers = first.processes().stream().map(RecordedProcess::pid).toList();
      List<String> children = first.processes().stream().map(RecordedProcess::name).toList();
      assertThat(children)
          .containsExactlyInAnyOrderElementsOf( // started in parallel
              tickStore.equals("clickhouse")
                  ? List.of("postgres", "clickhouse")
                  : List.of("postgres"));
      assertThat(leftovers).allMatch(ProcessTrees::isAlive);

      RunRecord second = awaitRunning(startRun());
      assertThat(leftovers).noneMatch(ProcessTrees::isAlive);
      assertThat(second.processes())
          .extracting(RecordedProcess::name)
          .containsExactlyInAnyOrderElementsOf(children);
      String secondLog = Files.readString(home.resolve("run-1.err"));
      for (String child : children) {
        assertThat(secondLog).contains("stopped leftover " + child + " (pid");
      }

      send(ea, t, 2 * third, t.size());
      assertThat(ea.awaitAcked(t.size(), WAIT)).as(ea.lastError()).isTrue();
      assertThat(ea.connects()).isGreaterThanOrEqualTo(2);
      if (ackedAtKill < 2L * third) { // on a quiet machine all may be acknowledged before the kill
        assertThat(ea.framesResent()).as("unacknowledged frames resent").isPositive();
      }
    }

    MarketDataStore store = store();
    awaitTrue(() -> store.lastSequence(FEED).orElse(0) == t.size(), "every tick stored");
    List<Tick> ticks = store.lastTicks(FEED, t.size() + 100);
    assertThat(ticks).hasSize(t.size());
    for (int i = 0; i < t.size(); i++) {
      Tick tick = ticks.get(i);
      assertThat(tick.seq()).isEqualTo(i + 1L);
      assertThat(tick.timeMillis()).isEqualTo(t.time()[i]);
      assertThat(tick.bid()).isEqualTo(t.bid()[i]);
    }
    List<double[]> rows = fileRows(csv);
    assertBars(store, Timeframe.M5, groupRows(rows, 300_000L, 0));
    assertBars(store, Timeframe.H1, groupRows(rows, HOUR, 0));
    assertBars(store, Timeframe.H4, groupRows(rows, 4 * HOUR, 21 * HOUR));
    assertBars(store, Timeframe.D1, groupRows(rows, 24 * HOUR, 21 * HOUR));
  }

  /**
   * Every closed bar: all groups but the last, which is still in progress when the file ends.
   * Stored again after the restart or not, each must appear once with the file's values.
   */
  private void assertBars(MarketDataStore store, Timeframe tf, Map<Long, double[]> expected) {
    List<Long> closed = new ArrayList<>(expected.keySet());
    closed.removeLast();
    awaitTrue(
        () -> store.bars(FEED, tf, 0, Long.MAX_VALUE).size() == closed.size(),
        closed.size() + " closed " + tf + " bars");
    List<Bar> bars = store.bars(FEED, tf, 0, Long.MAX_VALUE);
    for (int i = 0; i < closed.size(); i++) {
      Bar bar = bars.get(i);
      double[] want = expected.get(closed.get(i));
      assertThat(bar.openTimeMillis()).as(tf + " bar " + i).isEqualTo(closed.get(i));
      assertThat(new double[] {bar.open(), bar.high(), bar.low(), bar.close(), bar.tickVolume()})
          .as(tf + " bar at " + Instant.ofEpochMilli(closed.get(i)))
          .containsExactly(want);
    }
  }

  /** Rows {@code time,open,high,low,close} of the file, as written there. */
  private static List<double[]> fileRows(Path csv) throws Exception {
    List<double[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(csv)) {
      if (!line.isEmpty() && Character.isDigit(line.charAt(0))) {
        String[] f = line.split(",");
        rows.add(
            new double[] {
              Long.parseLong(f[0]),
              Double.parseDouble(f[1]),
              Double.parseDouble(f[2]),
              Double.parseDouble(f[3]),
              Double.parseDouble(f[4])
            });
      }
    }
    return rows;
  }

  /**
   * Bucket open → open, high, low, close, tick count (four ticks per row) of the rows whose time
   * falls in {@code [offset + k·size, offset + (k+1)·size)}.
   */
  private static Map<Long, double[]> groupRows(List<double[]> rows, long size, long offset) {
    Map<Long, double[]> groups = new TreeMap<>();
    for (double[] r : rows) {
      long time = (long) r[0];
      long open = Math.floorDiv(time - offset, size) * size + offset;
      double[] g = groups.computeIfAbsent(open, k -> new double[] {r[1], r[2], r[3], r[4], 0});
      g[1] = Math.max(g[1], r[2]);
      g[2] = Math.min(g[2], r[3]);
      g[3] = r[4];
      g[4] += 4;
    }
    return groups;
  }

  private static void send(SimulatedExpertAdvisor ea, ReplayTicks t, int from, int to)
      throws InterruptedException {
    for (int i = from; i < to; i++) {
      ea.sendTick("ETHUSD", t.time()[i], t.bid()[i], t.ask()[i], t.last()[i], t.volume()[i], 0);
    }
    ea.flush();
  }

  private EaSettings demoTerminal() {
    return EaSettings.of(
        "127.0.0.1",
        config.port(Setting.GATEWAY_PORT),
        TENANT_A,
        80001,
        "nusatrade-demo-terminal-a");
  }

  /** The run's store as the platform reads it (PostgreSQL: the application role, under RLS). */
  private MarketDataStore store() {
    PGSimpleDataSource app = new PGSimpleDataSource();
    app.setUrl(new EmbeddedPostgres(config).jdbcUrl());
    app.setUser(config.get(Setting.DB_APP_USER));
    app.setPassword(config.get(Setting.DB_APP_PASSWORD));
    String clickHouse =
        "jdbc:clickhouse://127.0.0.1:" + config.port(Setting.CLICKHOUSE_PORT) + "/nusatrade";
    return TickStores.open(TickStores.Kind.parse(config.get(Setting.TICK_STORE)), clickHouse, app);
  }

  private Process startRun() throws Exception {
    List<String> args = new ArrayList<>();
    for (Setting s :
        List.of(
            Setting.HOME,
            Setting.TICK_STORE,
            Setting.PG_PORT,
            Setting.ARTEMIS_PORT,
            Setting.HTTP_PORT,
            Setting.HTTPS_PORT,
            Setting.GATEWAY_PORT,
            Setting.MIDTRANS_PORT,
            Setting.CLICKHOUSE_PORT,
            Setting.CLICKHOUSE_TCP_PORT)) {
      args.addAll(List.of(s.flag(), config.get(s)));
    }
    args.addAll(
        List.of(
            Setting.GATEWAY_MAX_TICK_AGE.flag(),
            "0", // recorded 2023 data, not a live feed
            Setting.LIBERTY_HOME.flag(),
            home.resolve("no-liberty").toString(),
            "--keycloak-external-url",
            "http://127.0.0.1:9",
            "--zeebe-external-address",
            "http://127.0.0.1:9"));
    return supervisors.start(args);
  }

  private RunRecord awaitRunning(Process supervisor) throws Exception {
    return supervisors.awaitRunning(supervisor, WAIT);
  }

  private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) {
    MarketSchema.awaitTrue(condition, what, WAIT);
  }

  private static byte[] resource(String name) throws Exception {
    try (InputStream in = CrashMidReplayIT.class.getResourceAsStream(name)) {
      assertThat(in).as(name + " on the class path (mt5-gateway)").isNotNull();
      return in.readAllBytes();
    }
  }

  @AfterEach
  void stopEverything() {
    supervisors.stopAll();
  }
}
