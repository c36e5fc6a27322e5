package id.nusatrade.launcher.component;

import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;

/**
 * What the gateway needs of the database when Liberty (whose Flyway run normally creates it) is not
 * started: {@code mt5_terminal} with its grant and row security, the market tables, and the demo
 * terminal of tenant A (account 80001, the replay's default credentials).
 */
public final class MarketSchema {
  static final Path DB = Path.of("../liberty-server/src/main/resources/db");

  private MarketSchema() {}

  /** The real migration files, as Flyway would run them (owner role, ${appRole} placeholder). */
  public static void migrate(EmbeddedPostgres postgres, LauncherConfig config) throws Exception {
    List<Path> files =
        List.of(
            DB.resolve("migration/V1__subscription_tiers.sql"),
            DB.resolve("migration/V2__tenants_and_users.sql"),
            DB.resolve("migration/V3__tenant_row_level_security.sql"),
            DB.resolve("migration/V10__mt5_terminals.sql"),
            DB.resolve("migration/V11__mt5_terminal_app_grant.sql"),
            DB.resolve("migration/V20__market_data.sql"),
            DB.resolve("migration/V24__market_data_per_feed.sql"),
            DB.resolve("migration/V31__mt5_terminal_row_level_security.sql"),
            DB.resolve("demo/R__demo_mt5_terminal.sql"));
    try (var c =
            postgres.connect(
                config.get(Setting.DB_OWNER_USER), config.get(Setting.DB_OWNER_PASSWORD));
        Statement s = c.createStatement()) {
      for (Path f : files) {
        s.execute(Files.readString(f).replace("${appRole}", config.get(Setting.DB_APP_USER)));
      }
    }
  }
}
