package id.nusatrade.compliance.audit;

import id.nusatrade.compliance.sql.RoleScopedScript;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The audit tables, trigger, policies and grants. Kept here (not in the server's migration folder)
 * so this module's tests build exactly the schema production runs; the server's migration calls
 * {@link #install} as one versioned step.
 */
public final class AuditSchema {
  public static final RoleScopedScript SCRIPT =
      new RoleScopedScript(AuditSchema.class, "audit-schema.sql");

  private AuditSchema() {}

  /** Creates the schema; must run as the role that will own the tables. */
  public static void install(Connection owner, String appRole) throws SQLException {
    SCRIPT.install(owner, appRole);
  }

  /** The DDL with the application role filled in. */
  public static String ddl(String appRole) {
    return SCRIPT.ddl(appRole);
  }
}
