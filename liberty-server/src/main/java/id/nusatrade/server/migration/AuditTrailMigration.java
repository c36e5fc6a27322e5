package id.nusatrade.server.migration;

import id.nusatrade.compliance.audit.AuditSchema;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * V4: the audit trail's tables, trigger, policies and grants, from the compliance module (which
 * owns that DDL and tests it on its own). The checksum is the DDL's, so editing it after release is
 * caught like an edited SQL migration.
 */
final class AuditTrailMigration implements JavaMigration {
  private final String appRole;

  AuditTrailMigration(String appRole) {
    this.appRole = appRole;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("4");
  }

  @Override
  public String getDescription() {
    return "audit trail";
  }

  @Override
  public Integer getChecksum() {
    // independent of the role name, like Flyway's checksums of SQL files before placeholders
    return AuditSchema.ddl("app_role").hashCode();
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    AuditSchema.install(context.getConnection(), appRole);
  }
}
