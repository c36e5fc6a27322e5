package id.nusatrade.server.migration;

import id.nusatrade.compliance.audit.AuditSchema;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * One step of the audit trail's schema from the compliance module (which owns that DDL and tests it
 * on its own): V4 the tables, trigger, policies and grants; V30 whole-chain reads for the
 * owner-side verifier only; V32 the ids of audit events consumed from the bus. The checksum is the
 * DDL's, so editing it after release is caught like an edited SQL migration.
 */
final class AuditTrailMigration implements JavaMigration {
  private final String appRole;
  private final String version;
  private final AuditSchema.Step step;

  AuditTrailMigration(String appRole, String version, AuditSchema.Step step) {
    this.appRole = appRole;
    this.version = version;
    this.step = step;
  }

  /** Every step with its version. */
  static JavaMigration[] all(String appRole) {
    return new JavaMigration[] {
      new AuditTrailMigration(appRole, "4", AuditSchema.Step.TABLES),
      new AuditTrailMigration(appRole, "30", AuditSchema.Step.PRIVILEGED_CHAIN),
      new AuditTrailMigration(appRole, "32", AuditSchema.Step.BUS_EVENTS)
    };
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion(version);
  }

  @Override
  public String getDescription() {
    return switch (step) {
      case TABLES -> "audit trail";
      case PRIVILEGED_CHAIN -> "audit chain privileged reads";
      case BUS_EVENTS -> "audit events from the bus";
    };
  }

  @Override
  public Integer getChecksum() {
    // independent of the role name, like Flyway's checksums of SQL files before placeholders
    return AuditSchema.ddl(step, "app_role").hashCode();
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    AuditSchema.install(context.getConnection(), appRole, step);
  }
}
