package id.nusatrade.launcher.component;

import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Idempotently creates the two roles and the database. Re-applies passwords every start so the
 * configured ones always work. The application role is deliberately not the owner and has
 * NOBYPASSRLS: row-level security policies apply to it.
 */
final class PostgresBootstrap {
  private final LauncherConfig config;
  private final EmbeddedPostgres server;

  PostgresBootstrap(LauncherConfig config, EmbeddedPostgres server) {
    this.config = config;
    this.server = server;
  }

  void ensureDatabaseAndRoles() throws SQLException {
    String owner = config.get(Setting.DB_OWNER_USER);
    String app = config.get(Setting.DB_APP_USER);
    try (Connection admin = connect("postgres")) {
      ensureRole(admin, owner, config.get(Setting.DB_OWNER_PASSWORD), "LOGIN NOSUPERUSER");
      ensureRole(
          admin,
          app,
          config.get(Setting.DB_APP_PASSWORD),
          "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS");
      if (!exists(
          admin, "SELECT 1 FROM pg_database WHERE datname = ?", EmbeddedPostgres.DATABASE)) {
        execute(admin, "CREATE DATABASE " + EmbeddedPostgres.DATABASE + " OWNER " + quote(owner));
      }
    }
    try (Connection db = connect(EmbeddedPostgres.DATABASE)) {
      execute(db, "GRANT CONNECT ON DATABASE " + EmbeddedPostgres.DATABASE + " TO " + quote(app));
      execute(db, "GRANT USAGE ON SCHEMA public TO " + quote(app));
      // tables the owner's migrations create are usable by the app role without a grant each
      execute(
          db,
          "ALTER DEFAULT PRIVILEGES FOR ROLE "
              + quote(owner)
              + " IN SCHEMA public GRANT SELECT,"
              + " INSERT, UPDATE, DELETE ON TABLES TO "
              + quote(app));
      execute(
          db,
          "ALTER DEFAULT PRIVILEGES FOR ROLE "
              + quote(owner)
              + " IN SCHEMA public GRANT USAGE,"
              + " SELECT ON SEQUENCES TO "
              + quote(app));
    }
  }

  private Connection connect(String database) throws SQLException {
    return server.superuser(database);
  }

  private static void ensureRole(Connection c, String role, String password, String options)
      throws SQLException {
    String verb = exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", role) ? "ALTER" : "CREATE";
    execute(c, verb + " ROLE " + quote(role) + " " + options + " PASSWORD " + literal(password));
  }

  private static boolean exists(Connection c, String sql, String value) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, value);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
