package id.nusatrade.server.health;

import id.nusatrade.server.migration.SchemaState;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** UP when the schema migrated at startup and a pooled connection passes a validity check. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  private static final int VALIDITY_SECONDS = 2;

  @Resource(lookup = "jdbc/nusatrade")
  DataSource app;

  @Inject SchemaState schema;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    Optional<String> migrationFailure = schema.failure();
    if (migrationFailure.isPresent()) {
      return response.down().withData("reason", "schema: " + migrationFailure.get()).build();
    }
    try (Connection connection = app.getConnection()) {
      boolean valid = connection.isValid(VALIDITY_SECONDS);
      response.withData("schemaVersion", String.valueOf(schema.version()));
      return valid
          ? response.up().build()
          : response.down().withData("reason", "connection failed validation").build();
    } catch (SQLException e) {
      return response.down().withData("reason", Reasons.of(e)).build();
    }
  }
}
