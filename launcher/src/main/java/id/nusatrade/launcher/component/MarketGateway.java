package id.nusatrade.launcher.component;

import id.nusatrade.domain.market.TradingSessions;
import id.nusatrade.gateway.Gateway;
import id.nusatrade.gateway.GatewayConfig;
import id.nusatrade.gateway.GatewayPorts;
import id.nusatrade.gateway.GatewayStatusFile;
import id.nusatrade.gateway.platform.PlatformWiring;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import id.nusatrade.market.validation.ValidationConfig;
import id.nusatrade.messaging.jms.ArtemisEventPublisher;
import id.nusatrade.messaging.jms.EventConsumer;
import id.nusatrade.tickstore.MarketDataStore;
import id.nusatrade.tickstore.TickStores;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The MT5 gateway inside the supervisor's JVM (like Artemis), wired by the gateway's own {@link
 * PlatformWiring} (terminals from {@code mt5_terminal}, events to Artemis, ticks and closed bars to
 * the tick store: PostgreSQL, or ClickHouse with {@code --tick-store=clickhouse}; the trading
 * engine's LIVE orders from the queue {@code nusatrade.mt5.orders} to the terminals), journal and
 * status file under the state dir. Started after Liberty, whose migrations create those tables.
 */
public final class MarketGateway implements Component {
  private final LauncherConfig config;
  private final EmbeddedPostgres postgres;
  private final EmbeddedArtemis artemis;
  private final ClickHouseServer clickHouse;
  private volatile Gateway gateway;
  private volatile ArtemisEventPublisher publisher;
  private volatile EventConsumer orders;
  private volatile GatewayStatusFile status;

  public MarketGateway(LauncherConfig config, EmbeddedPostgres postgres, EmbeddedArtemis artemis) {
    this(config, postgres, artemis, new ClickHouseServer(config));
  }

  /** With {@code clickHouse} as the tick store when the run's {@code --tick-store} says so. */
  public MarketGateway(
      LauncherConfig config,
      EmbeddedPostgres postgres,
      EmbeddedArtemis artemis,
      ClickHouseServer clickHouse) {
    this.config = config;
    this.postgres = postgres;
    this.artemis = artemis;
    this.clickHouse = clickHouse;
  }

  @Override
  public String name() {
    return "gateway";
  }

  @Override
  public boolean isExternal() {
    return false;
  }

  public int port() {
    return config.port(Setting.GATEWAY_PORT);
  }

  public Path journalDirectory() {
    return config.stateDir().resolve("gateway/journal");
  }

  /** Where Liberty's /health and /metrics read how the gateway is doing. */
  public Path statusFile() {
    return GatewayStatusFile.in(config.stateDir().resolve("gateway"));
  }

  @Override
  public synchronized void start() {
    if (gateway != null) {
      return;
    }
    Ports.requireFree(name(), config, Setting.GATEWAY_PORT);
    try {
      DataSource database = appDataSource();
      publisher =
          PlatformWiring.publisher(
              artemis.url(),
              config.get(Setting.ARTEMIS_USER),
              config.get(Setting.ARTEMIS_PASSWORD));
      GatewayPorts ports =
          PlatformWiring.ports(database, tickStore(database)).withPublisher(publisher);
      gateway =
          new Gateway(ports)
              .start(
                  GatewayConfig.defaults()
                      .withPort(port())
                      .withJournal(journalDirectory())
                      .withValidation(validation())
                      .withSessions(TradingSessions.parse(config.get(Setting.MARKET_SESSIONS))));
      orders =
          PlatformWiring.consumeOrders(
              gateway,
              artemis.url(),
              config.get(Setting.ARTEMIS_USER),
              config.get(Setting.ARTEMIS_PASSWORD));
      status =
          new GatewayStatusFile(statusFile(), gateway, Clock.systemUTC())
              .start(Duration.ofSeconds(2));
    } catch (IOException | RuntimeException | LinkageError e) {
      // LinkageError: a library missing from launcher/target/lib is a build problem, said so
      stop();
      throw new StartupException("gateway: " + e, e);
    }
  }

  private ValidationConfig validation() {
    long seconds = Long.parseLong(config.get(Setting.GATEWAY_MAX_TICK_AGE));
    return ValidationConfig.defaults().withMaxTickAge(Duration.ofSeconds(seconds));
  }

  /** PostgreSQL (the application role, under row-level security) or the run's ClickHouse. */
  private MarketDataStore tickStore(DataSource database) {
    TickStores.Kind kind = TickStores.Kind.parse(config.get(Setting.TICK_STORE));
    return TickStores.open(kind, clickHouse.jdbcUrl(), database);
  }

  /** The application role (not the owner): it may read terminals and write market data only. */
  private DataSource appDataSource() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(postgres.jdbcUrl());
    ds.setUser(config.get(Setting.DB_APP_USER));
    ds.setPassword(config.get(Setting.DB_APP_PASSWORD));
    return ds;
  }

  @Override
  public synchronized void stop() {
    if (status != null) {
      status.close();
      status = null;
    }
    if (orders != null) {
      orders.close();
      orders = null;
    }
    if (gateway != null) {
      gateway.stop();
      gateway = null;
    }
    if (publisher != null) {
      try {
        publisher.close();
      } catch (RuntimeException e) {
        Progress.note(name(), "closing the event publisher failed: " + e.getMessage());
      }
      publisher = null;
    }
  }

  /** Its socket loop ended by itself (an uncaught error): the supervisor restarts it. */
  @Override
  public boolean isRunning() {
    Gateway running = gateway;
    return running == null || running.isRunning();
  }

  @Override
  public String exitDescription() {
    return "the gateway's socket loop ended (see the launcher's output for its last error)";
  }

  /** Ticks accepted since start (0 when stopped): what a test or status line can watch. */
  public long ticksAccepted() {
    Gateway g = gateway;
    return g == null ? 0 : g.ticksAccepted();
  }

  @Override
  public Map<String, String> libertyEnv() {
    return Map.of(
        "NUSATRADE_GATEWAY_PORT",
        String.valueOf(port()),
        "NUSATRADE_SESSIONS",
        config.get(Setting.MARKET_SESSIONS)); // the chart aligns D1/H4 candles like the gateway
  }

  @Override
  public String describe() {
    return "127.0.0.1:" + port() + "  (MT5 Expert Advisors, ./nusatrade replay)";
  }
}
