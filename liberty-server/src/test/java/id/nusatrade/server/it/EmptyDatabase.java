package id.nusatrade.server.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL as the database bootstrap leaves it for the server: the owner and the non-owner
 * app role, an empty database owned by the owner. The server migrates it at startup.
 */
final class EmptyDatabase implements AutoCloseable {
  static final String OWNER = "nusatrade_owner";
  static final String APP = "nusatrade_app";

  private final EmbeddedPostgres postgres;

  EmptyDatabase() throws IOException, SQLException {
    postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create role " + OWNER + " login password '" + OWNER + "'");
      statement.execute(
          "create role " + APP + " login nosuperuser nobypassrls password '" + APP + "'");
      statement.execute("create database nusatrade owner " + OWNER);
    }
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/nusatrade";
  }

  DataSource as(String role) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setUrl(jdbcUrl());
    source.setUser(role);
    source.setPassword(role);
    return source;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
