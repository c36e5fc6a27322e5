package id.nusatrade.server.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * How the schema is migrated, shared by the server's startup and the tests so both run the real
 * migrations the same way.
 */
public final class Migrations {
  public static final String SCHEMA = "classpath:db/migration";
  public static final String DEMO = "classpath:db/demo";

  private Migrations() {}

  /**
   * Migrates with {@code owner} (the schema owner); grants go to {@code appRole}. Demo data is a
   * repeatable migration, so switching it off later leaves an applied-but-absent migration, which
   * is expected and ignored.
   */
  public static MigrateResult migrate(DataSource owner, String appRole, boolean demoData) {
    List<String> locations = new ArrayList<>(List.of(SCHEMA));
    if (demoData) {
      locations.add(DEMO);
    }
    Flyway flyway =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(owner)
            .locations(locations.toArray(String[]::new))
            .placeholders(Map.of("appRole", appRole))
            .javaMigrations(new AuditTrailMigration(appRole))
            .ignoreMigrationPatterns("*:missing", "*:future")
            .load();
    return flyway.migrate();
  }
}
