package id.nusatrade.compliance.audit;

import id.nusatrade.compliance.sql.RoleScopedScript;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The audit tables, trigger, policies and grants. Kept here (not in the server's migration folder)
 * so this module's tests build exactly the schema production runs; the server's migrations run each
 * step as one versioned step, in order. Released steps are never edited.
 */
public final class AuditSchema {
  /** Tables, trigger, policies and grants (server migration V4). */
  public static final RoleScopedScript SCRIPT =
      new RoleScopedScript(AuditSchema.class, "audit-schema.sql");

  /** Whole-chain reads only for the owner-side verifier (server migration V30). */
  public static final RoleScopedScript PRIVILEGED_CHAIN =
      new RoleScopedScript(AuditSchema.class, "audit-chain-privileged.sql");

  /** Event ids of audit events consumed from the bus, for idempotency (server migration V32). */
  public static final RoleScopedScript BUS_EVENTS =
      new RoleScopedScript(AuditSchema.class, "audit-bus-events.sql");

  private static final List<RoleScopedScript> STEPS = List.of(SCRIPT, PRIVILEGED_CHAIN, BUS_EVENTS);

  private AuditSchema() {}

  /** Creates the whole schema; must run as the role that will own the tables. */
  public static void install(Connection owner, String appRole) throws SQLException {
    for (RoleScopedScript step : STEPS) {
      step.install(owner, appRole);
    }
  }

  /** The first step's DDL with the application role filled in. */
  public static String ddl(String appRole) {
    return SCRIPT.ddl(appRole);
  }
}
