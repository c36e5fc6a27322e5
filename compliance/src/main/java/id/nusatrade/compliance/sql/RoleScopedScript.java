package id.nusatrade.compliance.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * A DDL script on the classpath whose grants name the application role ({@code ${appRole}}). The
 * role is spliced into DDL (GRANT takes no bind parameters), so only plain names pass.
 */
public record RoleScopedScript(Class<?> owner, String resource) {
  private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  /** The DDL with the application role filled in. */
  public String ddl(String appRole) {
    if (appRole == null || !ROLE_NAME.matcher(appRole).matches()) {
      throw new IllegalArgumentException("not a plain role name: " + appRole);
    }
    return template().replace("${appRole}", appRole);
  }

  /** Runs the script; must run as the role that will own the tables. */
  public void install(Connection schemaOwner, String appRole) throws SQLException {
    try (Statement statement = schemaOwner.createStatement()) {
      statement.execute(ddl(appRole));
    }
  }

  private String template() {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
