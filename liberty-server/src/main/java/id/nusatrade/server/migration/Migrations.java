package id.nusatrade.server.migration;

import id.nusatrade.backtest.service.jdbc.BacktestSchema;
import id.nusatrade.compliance.audit.AuditSchema;
import id.nusatrade.compliance.onboarding.OnboardingSchema;
import id.nusatrade.compliance.review.ReviewSchema;
import id.nusatrade.compliance.sql.RoleScopedScript;
import id.nusatrade.history.HistorySchema;
import id.nusatrade.signals.registry.SignalsSchema;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
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
  public static final String SCHEMA = "db/migration";
  public static final String DEMO = "db/demo";

  private Migrations() {}

  /**
   * Migrates with {@code owner} (the schema owner); grants go to {@code appRole}. Demo data is a
   * repeatable migration, so switching it off later leaves an applied-but-absent migration, which
   * is expected and ignored.
   */
  public static MigrateResult migrate(DataSource owner, String appRole, boolean demoData) {
    ClassLoader loader = Migrations.class.getClassLoader();
    List<String> locations = new ArrayList<>(List.of(location(loader, SCHEMA)));
    if (demoData) {
      locations.add(location(loader, DEMO));
    }
    Flyway flyway =
        Flyway.configure(loader)
            .dataSource(owner)
            .locations(locations.toArray(String[]::new))
            .placeholders(Map.of("appRole", appRole))
            .javaMigrations(
                BillingMigration.all(
                    appRole,
                    new ScriptMigration("4", "audit trail", AuditSchema.SCRIPT, appRole),
                    new ScriptMigration(
                        "30",
                        "audit chain privileged reads",
                        AuditSchema.PRIVILEGED_CHAIN,
                        appRole),
                    new ScriptMigration(
                        "32", "audit events from the bus", AuditSchema.BUS_EVENTS, appRole),
                    // V41 (workflows issue): beyond the SQL versions in use, so existing databases
                    // take it in order
                    new ScriptMigration("41", "review queue", ReviewSchema.SCRIPT, appRole),
                    new ScriptMigration(
                        "90", "onboarding applications", OnboardingSchema.APPLICATIONS, appRole),
                    new ScriptMigration(
                        "91",
                        "onboarding contact verification",
                        OnboardingSchema.CONTACT_VERIFICATION,
                        appRole),
                    TradingMigration.tables(appRole),
                    TradingMigration.mt5Login(appRole),
                    new RulesMigration(appRole),
                    // V70-V74: the signals issue (model registry)
                    new ScriptMigration(
                        "70",
                        "model registry",
                        new RoleScopedScript(SignalsSchema.class, SignalsSchema.V70),
                        appRole),
                    // V80 (backtests issue): the backtest module's runs table
                    new ScriptMigration(
                        "80",
                        "backtest runs",
                        new RoleScopedScript(BacktestSchema.class, BacktestSchema.RUNS),
                        appRole),
                    // V110-V114 (workflows issue, process history): the exporter's tables
                    new ScriptMigration(
                        "110",
                        "process history",
                        new RoleScopedScript(HistorySchema.class, HistorySchema.V110),
                        appRole)))
            .ignoreMigrationPatterns("*:missing", "*:future")
            .load();
    return flyway.migrate();
  }

  /**
   * Where Flyway should read a folder of migrations. Inside Liberty, Flyway's classpath scan found
   * no SQL files even in the expanded WAR (plain file: URLs), so a folder on disk is handed over as
   * a filesystem location; anything else (a jar) stays a classpath location.
   */
  static String location(ClassLoader loader, String folder) {
    URL url = loader.getResource(folder);
    if (url != null && "file".equals(url.getProtocol())) {
      try {
        return "filesystem:" + Path.of(url.toURI());
      } catch (URISyntaxException e) {
        throw new IllegalStateException("unreadable migration folder " + url, e);
      }
    }
    return "classpath:" + folder;
  }
}
