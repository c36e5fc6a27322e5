package id.nusatrade.server.migration;

import id.nusatrade.trading.persistence.TradingSchema;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * V40: trading accounts, orders, fills and positions with their row-level security, from the
 * trading module (which owns that DDL and tests it on its own), like V4 for the audit trail.
 */
final class TradingMigration implements JavaMigration {
  private final String appRole;

  TradingMigration(String appRole) {
    this.appRole = appRole;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("40");
  }

  @Override
  public String getDescription() {
    return "trading";
  }

  @Override
  public Integer getChecksum() {
    return TradingSchema.ddl("app_role").hashCode();
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    TradingSchema.install(context.getConnection(), appRole);
  }
}
