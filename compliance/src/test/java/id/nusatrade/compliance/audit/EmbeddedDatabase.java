package id.nusatrade.compliance.audit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL server for the tests, with the production role split: an owner that installs
 * the schema and a non-owner application role. Each {@link #freshDatabase()} is a new, empty
 * database so tests cannot see each other's chains.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  public static final String OWNER = "nusatrade_owner";
  public static final String APP = "nusatrade_app";

  private final EmbeddedPostgres postgres;
  private final AtomicInteger databases = new AtomicInteger();

  public EmbeddedDatabase() throws IOException, SQLException {
    postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
    superuser(
        "create role " + OWNER + " login password '" + OWNER + "'",
        "create role " + APP + " login password '" + APP + "'");
  }

  /**
   * A new database owned by the owner role, bootstrapped like the launcher does it: the app role
   * gets default privileges on every table the owner creates, so the audit schema must take UPDATE
   * and DELETE away explicitly. Returns the database's name.
   */
  public String freshDatabase() throws SQLException {
    String name = "audit_" + databases.incrementAndGet();
    superuser("create database " + name + " owner " + OWNER);
    try (Connection connection = postgres.getDatabase("postgres", name).getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "alter default privileges for role "
              + OWNER
              + " in schema public grant select, insert, update, delete on tables to "
              + APP);
    }
    return name;
  }

  public DataSource as(String role, String database) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setServerNames(new String[] {"127.0.0.1"});
    source.setPortNumbers(new int[] {postgres.getPort()});
    source.setDatabaseName(database);
    source.setUser(role);
    source.setPassword(role);
    return source;
  }

  private void superuser(String... statements) throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
