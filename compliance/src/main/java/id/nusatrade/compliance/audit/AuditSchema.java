package id.nusatrade.compliance.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * The audit tables, trigger, policies and grants. Kept here (not in the server's migration folder)
 * so this module's tests build exactly the schema production runs; the server's migrations run each
 * {@link Step} as one versioned step, in order.
 */
public final class AuditSchema {
  private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  /** The schema's steps, in the order they are applied; released steps are never edited. */
  public enum Step {
    /** Tables, trigger, policies and grants (server migration V4). */
    TABLES("audit-schema.sql"),
    /** Whole-chain reads only for the owner-side verifier (server migration V30). */
    PRIVILEGED_CHAIN("audit-chain-privileged.sql"),
    /** Event ids of audit events consumed from the bus, for idempotency (server migration V32). */
    BUS_EVENTS("audit-bus-events.sql");

    private final String resource;

    Step(String resource) {
      this.resource = resource;
    }
  }

  private AuditSchema() {}

  /** Creates the whole schema; must run as the role that will own the tables. */
  public static void install(Connection owner, String appRole) throws SQLException {
    for (Step step : Step.values()) {
      install(owner, appRole, step);
    }
  }

  /** Applies one step; must run as the role that owns the tables. */
  public static void install(Connection owner, String appRole, Step step) throws SQLException {
    try (Statement statement = owner.createStatement()) {
      statement.execute(ddl(step, appRole));
    }
  }

  /** The first step's DDL with the application role filled in. */
  public static String ddl(String appRole) {
    return ddl(Step.TABLES, appRole);
  }

  /** A step's DDL with the application role filled in. */
  public static String ddl(Step step, String appRole) {
    // The role name is spliced into DDL (GRANT takes no bind parameters), so only plain names pass.
    if (appRole == null || !ROLE_NAME.matcher(appRole).matches()) {
      throw new IllegalArgumentException("not a plain role name: " + appRole);
    }
    return template(step.resource).replace("${appRole}", appRole);
  }

  private static String template(String resource) {
    try (InputStream in = AuditSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
