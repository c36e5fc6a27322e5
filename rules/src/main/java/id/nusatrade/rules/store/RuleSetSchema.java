package id.nusatrade.rules.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * The rule lifecycle's tables and grants. Kept in this module (not in the server's migration
 * folder) so its tests build exactly the schema production runs; the server's migration calls
 * {@link #install} as one versioned step, as it does for the audit trail.
 */
public final class RuleSetSchema {
  private static final String RESOURCE = "rule-sets-schema.sql";
  private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private RuleSetSchema() {}

  /** Creates the tables; must run as the role that will own them. */
  public static void install(Connection owner, String appRole) throws SQLException {
    try (Statement statement = owner.createStatement()) {
      statement.execute(ddl(appRole));
    }
  }

  /** The DDL with the application role filled in (plain role names only: GRANT takes no binds). */
  public static String ddl(String appRole) {
    if (appRole == null || !ROLE_NAME.matcher(appRole).matches()) {
      throw new IllegalArgumentException("not a plain role name: " + appRole);
    }
    try (InputStream in = RuleSetSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${appRole}", appRole);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
