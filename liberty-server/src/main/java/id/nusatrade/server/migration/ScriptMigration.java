package id.nusatrade.server.migration;

import id.nusatrade.compliance.sql.RoleScopedScript;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A versioned step that runs a schema script owned by a business module (which tests it on its own
 * database). The checksum is the script's, so editing it after release is caught like an edited SQL
 * migration.
 */
final class ScriptMigration implements JavaMigration {
  private final String version;
  private final String description;
  private final RoleScopedScript script;
  private final String appRole;

  ScriptMigration(String version, String description, RoleScopedScript script, String appRole) {
    this.version = version;
    this.description = description;
    this.script = script;
    this.appRole = appRole;
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
    // independent of the role name, like Flyway's checksums of SQL files before placeholders
    return script.ddl("app_role").hashCode();
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    script.install(context.getConnection(), appRole);
  }
}
