package id.nusatrade.billing.it;

import id.nusatrade.billing.store.jdbc.BillingSchema;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL with the production role split, the server's real SQL migrations (read from
 * liberty-server's source folder, which owns tenants and row-level security) plus the demo tenants,
 * then billing's own schema scripts as the owner.
 */
final class BillingDatabase implements AutoCloseable {
  static final String OWNER = "nusatrade_owner";
  static final String APP = "nusatrade_app";
  static final String DATABASE = "nusatrade";
  private static final Path SERVER_SQL =
      Path.of("..", "liberty-server", "src", "main", "resources", "db");

  private final EmbeddedPostgres postgres;

  BillingDatabase() throws IOException, SQLException {
    postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create role " + OWNER + " login password '" + OWNER + "'");
      statement.execute(
          "create role " + APP + " login nosuperuser nobypassrls password '" + APP + "'");
      statement.execute("create database " + DATABASE + " owner " + OWNER);
    }
    if (!Files.isDirectory(SERVER_SQL.resolve("migration"))) {
      throw new IllegalStateException(
          "run from the billing module: " + SERVER_SQL.toAbsolutePath() + " missing");
    }
    Flyway.configure()
        .dataSource(as(OWNER))
        .locations(
            "filesystem:" + SERVER_SQL.resolve("migration").toAbsolutePath(),
            "filesystem:" + SERVER_SQL.resolve("demo").toAbsolutePath())
        .placeholders(Map.of("appRole", APP))
        .load()
        .migrate();
    try (Connection owner = as(OWNER).getConnection()) {
      for (BillingSchema.Script script : BillingSchema.SCRIPTS) {
        script.apply(owner, APP);
      }
    }
  }

  DataSource as(String role) {
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
