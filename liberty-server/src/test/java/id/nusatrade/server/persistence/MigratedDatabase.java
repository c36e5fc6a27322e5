package id.nusatrade.server.persistence;

import id.nusatrade.server.migration.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL with the production role split (owner migrates, app role is subject to
 * row-level security) and the real migrations plus demo data applied.
 */
public final class MigratedDatabase implements AutoCloseable {
  public static final String OWNER = "nusatrade_owner";
  public static final String APP = "nusatrade_app";
  static final String DATABASE = "nusatrade";

  private final EmbeddedPostgres postgres;

  public MigratedDatabase() throws IOException, SQLException {
    postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create role " + OWNER + " login password '" + OWNER + "'");
      statement.execute(
          "create role " + APP + " login nosuperuser nobypassrls password '" + APP + "'");
      statement.execute("create database " + DATABASE + " owner " + OWNER);
    }
    Migrations.migrate(as(OWNER), APP, true);
  }

  public DataSource as(String role) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setServerNames(new String[] {"127.0.0.1"});
    source.setPortNumbers(new int[] {postgres.getPort()});
    source.setDatabaseName(DATABASE);
    source.setUser(role);
    source.setPassword(role);
    return source;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
