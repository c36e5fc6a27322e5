package id.nusatrade.bench;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.GatewayPorts;
import id.nusatrade.gateway.bench.BenchOptions;
import id.nusatrade.gateway.bench.IngestBenchmark;
import id.nusatrade.gateway.platform.PlatformWiring;
import id.nusatrade.gateway.terminal.ApiKeys;
import id.nusatrade.launcher.component.EmbeddedArtemis;
import id.nusatrade.launcher.component.EmbeddedPostgres;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import id.nusatrade.messaging.jms.ArtemisEventPublisher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Tick to indicators on the platform's real wiring: the gateway wired by its own {@link
 * PlatformWiring} (terminals from {@code mt5_terminal}, ticks, bars and indicator values to the
 * PostgreSQL tick store as the application role, events to Artemis), on the launcher's own
 * PostgreSQL component (fsync on, password authentication) and Artemis broker (persistent journal),
 * started in a throw-away state folder on free ports. Measured from the frame decoded on the socket
 * thread to the market handler's indicator update, with storage and publishing running.
 */
final class GatewayIngestSuite implements BenchSuite {
  static final String HEADING = "## Gateway ingest";

  /** The market-data schema the tick store and the terminal directory need (owner's migrations). */
  static final List<String> MIGRATIONS =
      List.of(
          "V1__subscription_tiers.sql",
          "V2__tenants_and_users.sql",
          "V3__tenant_row_level_security.sql",
          "V10__mt5_terminals.sql",
          "V11__mt5_terminal_app_grant.sql",
          "V20__market_data.sql",
          "V24__market_data_per_feed.sql",
          "V31__mt5_terminal_row_level_security.sql");

  static final Path MIGRATION_DIR = Path.of("liberty-server/src/main/resources/db/migration");

  @Override
  public String name() {
    return "gateway";
  }

  @Override
  public String heading() {
    return HEADING;
  }

  @Override
  public String run(Clock clock) throws Exception {
    if (!Files.isDirectory(MIGRATION_DIR)) {
      throw new IllegalStateException(
          "gateway suite: no migrations at "
              + MIGRATION_DIR.toAbsolutePath()
              + "; run ./nusatrade bench from the repository root");
    }
    Path state = Files.createTempDirectory("bench-gateway");
    LauncherConfig config =
        LauncherConfig.defaults().with(Setting.STATE_DIR, state).withFreePorts();
    EmbeddedPostgres postgres = new EmbeddedPostgres(config);
    EmbeddedArtemis artemis = new EmbeddedArtemis(config);
    List<ArtemisEventPublisher> publishers = new ArrayList<>();
    try {
      postgres.start();
      artemis.start();
      migrate(postgres, config);
      PGSimpleDataSource app = new PGSimpleDataSource();
      app.setUrl(postgres.jdbcUrl());
      app.setUser(config.get(Setting.DB_APP_USER));
      app.setPassword(config.get(Setting.DB_APP_PASSWORD));
      IngestBenchmark.Wiring wiring =
          new IngestBenchmark.Wiring() {
            @Override
            public GatewayPorts ports() {
              ArtemisEventPublisher publisher =
                  PlatformWiring.publisher(
                      artemis.url(),
                      config.get(Setting.ARTEMIS_USER),
                      config.get(Setting.ARTEMIS_PASSWORD));
              publishers.add(publisher);
              return PlatformWiring.ports(app).withPublisher(publisher);
            }

            @Override
            public void register(TenantId tenant, long account, String apiKey) throws SQLException {
              registerTerminal(postgres, config, tenant, account, apiKey);
            }

            @Override
            public String description() {
              return "the platform's wiring (PlatformWiring, as the launcher's in-JVM gateway):"
                  + " ticks, closed bars and indicator values stored in PostgreSQL (the launcher's"
                  + " embedded server, fsync on, application role under row-level security),"
                  + " events published to the launcher's Artemis broker (persistent), terminals"
                  + " from table mt5_terminal";
            }
          };
      BenchOptions options =
          BenchOptions.parse(
              new String[] {
                "--eas", "2", "--seconds", "20", "--paced-rate", "1000", "--wait", "sleeping"
              });
      return HEADING + "\n\n" + IngestBenchmark.measure(options, wiring).strip() + "\n";
    } finally {
      publishers.forEach(ArtemisEventPublisher::close);
      artemis.stop();
      postgres.stop();
      deleteTree(state);
    }
  }

  private static void migrate(EmbeddedPostgres postgres, LauncherConfig config) throws Exception {
    try (Connection owner =
            postgres.connect(
                config.get(Setting.DB_OWNER_USER), config.get(Setting.DB_OWNER_PASSWORD));
        Statement sql = owner.createStatement()) {
      for (String file : MIGRATIONS) {
        sql.execute(
            Files.readString(MIGRATION_DIR.resolve(file))
                .replace("${appRole}", config.get(Setting.DB_APP_USER)));
      }
    }
  }

  private static void registerTerminal(
      EmbeddedPostgres postgres, LauncherConfig config, TenantId tenant, long account, String key)
      throws SQLException {
    try (Connection owner =
        postgres.connect(
            config.get(Setting.DB_OWNER_USER), config.get(Setting.DB_OWNER_PASSWORD))) {
      owner.setAutoCommit(false);
      try (PreparedStatement scope =
              owner.prepareStatement("SELECT set_config('app.tenant_id', ?, true)");
          PreparedStatement insert =
              owner.prepareStatement(
                  "INSERT INTO mt5_terminal (tenant_id, account, api_key_sha256)"
                      + " VALUES (?::uuid, ?, ?) ON CONFLICT DO NOTHING")) {
        scope.setString(1, tenant.toString());
        scope.execute();
        insert.setString(1, tenant.toString());
        insert.setLong(2, account);
        insert.setString(3, ApiKeys.sha256Hex(key));
        insert.executeUpdate();
      }
      owner.commit();
    }
  }

  /** Deletes a throw-away state folder (also the billing suite's). */
  static void deleteTree(Path dir) throws java.io.IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
