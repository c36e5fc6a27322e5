package id.nusatrade.server.migration;

import id.nusatrade.rules.store.RuleSetSchema;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * V60: the rule lifecycle's tables (versions, drafts, the live pointer, scenarios, four-eyes
 * approvals) from the rules module, which owns that DDL and tests it on its own, like V40 for
 * trading. The shipped rule sets become version 1 when the server first starts the rules, not here.
 */
final class RulesMigration implements JavaMigration {
  private final String appRole;

  RulesMigration(String appRole) {
    this.appRole = appRole;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("60");
  }

  @Override
  public String getDescription() {
    return "rule sets";
  }

  @Override
  public Integer getChecksum() {
    return RuleSetSchema.ddl("app_role").hashCode();
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    RuleSetSchema.install(context.getConnection(), appRole);
  }
}
