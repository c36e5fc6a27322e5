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

  /**
   * Ticks stored for {@code tenant}'s terminal {@code account} and {@code symbol}, read as the
   * application role under row-level security (-1 while the database does not answer).
   */
  public static long storedTicks(
      EmbeddedPostgres postgres,
      LauncherConfig config,
      String tenant,
      long account,
      String symbol) {
    try (var c =
            postgres.connect(config.get(Setting.DB_APP_USER), config.get(Setting.DB_APP_PASSWORD));
        var s = c.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
      s.setString(1, tenant);
      s.execute();
      try (var count =
          c.prepareStatement("select count(*) from market_tick where account = ? and symbol = ?")) {
        count.setLong(1, account);
        count.setString(2, symbol);
        var r = count.executeQuery();
        r.next();
        return r.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      return -1;
    }
  }

  /** Polls {@code condition} every 50 ms for up to 30 s; fails naming {@code what}. */
  public static void awaitTrue(java.util.function.BooleanSupplier condition, String what) {
    awaitTrue(condition, what, java.time.Duration.ofSeconds(30));
  }

  /** Polls {@code condition} every 50 ms for up to {@code timeout}; fails naming {@code what}. */
  public static void awaitTrue(
      java.util.function.BooleanSupplier condition, String what, java.time.Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      org.assertj.core.api.Assertions.assertThat(System.nanoTime())
          .as("timed out waiting for " + what)
          .isLessThan(deadline);
      java.util.concurrent.locks.LockSupport.parkNanos(
          java.time.Duration.ofMillis(50).toNanos()); // poll, deadline above
    }
  }
}
