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
 * so this module's tests build exactly the schema production runs; the server's migration calls
 * {@link #install} as one versioned step.
 */
public final class AuditSchema {
  private static final String RESOURCE = "audit-schema.sql";
  private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private AuditSchema() {}

  /** Creates the schema; must run as the role that will own the tables. */
  public static void install(Connection owner, String appRole) throws SQLException {
    try (Statement statement = owner.createStatement()) {
      statement.execute(ddl(appRole));
    }
  }

  /** The DDL with the application role filled in. */
  public static String ddl(String appRole) {
    // The role name is spliced into DDL (GRANT takes no bind parameters), so only plain names pass.
    if (appRole == null || !ROLE_NAME.matcher(appRole).matches()) {
      throw new IllegalArgumentException("not a plain role name: " + appRole);
    }
    return template().replace("${appRole}", appRole);
  }

  private static String template() {
    try (InputStream in = AuditSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
