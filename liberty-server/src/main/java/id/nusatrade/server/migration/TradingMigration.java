package id.nusatrade.server.migration;

import id.nusatrade.trading.persistence.TradingSchema;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * V40: trading accounts, orders, fills and positions with their row-level security; V61: the MT5
 * login of a trading account. Both from the trading module (which owns that DDL and tests it on its
 * own), like V4 for the audit trail.
 */
final class TradingMigration implements JavaMigration {
  private final String version;
  private final String description;
  private final String script;
  private final String appRole;

  private TradingMigration(String version, String description, String script, String appRole) {
    this.version = version;
    this.description = description;
    this.script = script;
    this.appRole = appRole;
  }

  /** V40, the trading tables. */
  static TradingMigration tables(String appRole) {
    return new TradingMigration("40", "trading", null, appRole);
  }

  /**
   * V61 (beyond V60, so existing databases take it in order): {@code trading_account.mt5_login}.
   */
  static TradingMigration mt5Login(String appRole) {
    return new TradingMigration(
        "61", "trading account MT5 login", TradingSchema.MT5_LOGIN, appRole);
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion(version);
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public Integer getChecksum() {
    // V40 keeps the checksum it was released with
    return (script == null ? TradingSchema.ddl("app_role") : TradingSchema.ddl(script, "app_role"))
        .hashCode();
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    if (script == null) {
      TradingSchema.install(context.getConnection(), appRole);
    } else {
      TradingSchema.install(context.getConnection(), script, appRole);
    }
  }
}
