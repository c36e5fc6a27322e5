package id.nusatrade.server.migration;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates the schema when the application starts. A failure does not stop the server: it is kept
 * in {@link SchemaState}, the database readiness check reports it, and the operator sees why.
 */
@ApplicationScoped
public class SchemaMigrator {
  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  @Resource(lookup = "jdbc/nusatradeOwner")
  DataSource owner;

  @Inject
  @ConfigProperty(name = "DB_APP_USER", defaultValue = "nusatrade_app")
  String appRole;

  @Inject
  @ConfigProperty(name = "NUSATRADE_DEMO_DATA", defaultValue = "false")
  boolean demoData;

  @Inject SchemaState state;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    try {
      MigrateResult result = Migrations.migrate(owner, appRole, demoData);
      LOG.info(
          () ->
              "schema at version "
                  + result.targetSchemaVersion
                  + " ("
                  + result.migrationsExecuted
                  + " migrations applied, demo data "
                  + demoData
                  + ")");
      state.migrated(result.targetSchemaVersion);
    } catch (RuntimeException | LinkageError e) {
      LOG.log(Level.SEVERE, "schema migration failed", e);
      state.failed(e.getMessage());
    }
  }
}
