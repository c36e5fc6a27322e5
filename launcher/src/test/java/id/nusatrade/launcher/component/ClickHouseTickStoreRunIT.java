package id.nusatrade.launcher.component;

import static id.nusatrade.launcher.component.MarketSchema.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import id.nusatrade.tickstore.clickhouse.ClickHouseDataSources;
import id.nusatrade.tickstore.clickhouse.ClickHouseTickStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --tick-store=clickhouse}: the launcher's own clickhouse-server (Debian's, a child process
 * with its data in the state folder) takes the gateway's ticks; the bars read back from the store
 * equal the ones computed here by hand from the replayed file (mid price, one bar per UTC minute).
 * Without ClickHouse installed this fails with the install command.
 */
class ClickHouseTickStoreRunIT {
  static final FeedId FEED =
      new FeedId(TenantId.of(MarketGatewayIT.TENANT_A), 80001, "XAUUSD"); // the demo terminal
  @TempDir Path state;

  @Test
  void gatewayTicksLandInTheLaunchersClickHouseAndReadBackAsBars() throws Exception {
    LauncherConfig config =
        LauncherConfig.defaults()
            .with(Setting.STATE_DIR, state)
            .with(Setting.TICK_STORE, "clickhouse")
            .withFreePorts();
    EmbeddedPostgres postgres = new EmbeddedPostgres(config);
    EmbeddedArtemis artemis = new EmbeddedArtemis(config);
    ClickHouseServer clickHouse = new ClickHouseServer(config);
    MarketGateway gateway = new MarketGateway(config, postgres, artemis, clickHouse);
    try (postgres;
        artemis;
        clickHouse;
        gateway) {
      postgres.start();
      artemis.start();
      clickHouse.start();
      assertThat(clickHouse.processes())
          .extracting(RecordedProcess::name)
          .containsExactly("clickhouse");
      assertThat(Files.isDirectory(state.resolve("clickhouse/data"))).isTrue();
      MarketSchema.migrate(postgres, config);
      gateway.start();
      Path csv = MarketGatewayIT.freshTicks(state, 100);

      assertThat(MarketGatewayIT.replay(csv, gateway.port())).isZero();

      var store = new ClickHouseTickStore(ClickHouseDataSources.forUrl(clickHouse.jdbcUrl()));
      awaitTrue(() -> store.lastSequence(FEED).orElse(0) == 100, "tick 100 in ClickHouse");
      List<Bar> bars = store.ohlc(FEED, Timeframe.M1, 0, Long.MAX_VALUE);
      assertThat(bars).hasSize(expectedMinutes(csv).size());
      for (Bar bar : bars) {
        double[] ohlc = expectedMinutes(csv).get(bar.openTimeMillis());
        assertThat(ohlc).as("a bar for minute " + bar.openTimeMillis()).isNotNull();
        assertThat(new double[] {bar.open(), bar.high(), bar.low(), bar.close()})
            .containsExactly(ohlc, org.assertj.core.data.Offset.offset(1e-9));
      }
      assertThat(clickHouse.libertyEnv())
          .containsEntry("NUSATRADE_TICK_STORE", "clickhouse")
          .containsEntry("NUSATRADE_CLICKHOUSE_URL", clickHouse.jdbcUrl());
      // the PostgreSQL market tables stay empty: every writer uses the chosen store
      assertThat(rowsInPostgres(postgres, config)).isZero();
    }
  }

  /** Minute start → mid-price open, high, low, close of the file's ticks, in file order. */
  static Map<Long, double[]> expectedMinutes(Path csv) throws Exception {
    Map<Long, double[]> minutes = new TreeMap<>();
    List<String> rows = new ArrayList<>(Files.readAllLines(csv));
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",");
      long minute = Long.parseLong(f[0]) / 60_000 * 60_000;
      double mid = (Double.parseDouble(f[1]) + Double.parseDouble(f[2])) / 2;
      double[] bar = minutes.computeIfAbsent(minute, m -> new double[] {mid, mid, mid, mid});
      bar[1] = Math.max(bar[1], mid);
      bar[2] = Math.min(bar[2], mid);
      bar[3] = mid;
    }
    return minutes;
  }

  private static long rowsInPostgres(EmbeddedPostgres postgres, LauncherConfig config)
      throws Exception {
    try (var c = postgres.connect("nusatrade_owner", config.get(Setting.DB_OWNER_PASSWORD));
        var s = c.createStatement();
        var r = s.executeQuery("select count(*) from market_tick")) {
      r.next();
      return r.getLong(1);
    }
  }
}
