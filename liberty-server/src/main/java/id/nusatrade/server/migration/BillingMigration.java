package id.nusatrade.server.migration;

import id.nusatrade.billing.store.jdbc.BillingSchema;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * V50 and later: billing's schema scripts, owned by the billing module ({@code db/billing} in its
 * jar) and run as Java migrations, like the audit trail's, because Flyway's classpath scan finds no
 * SQL inside Liberty. The checksum is the script's text, so an edited script is caught.
 */
final class BillingMigration implements JavaMigration {
  private final BillingSchema.Script script;
  private final String appRole;

  private BillingMigration(BillingSchema.Script script, String appRole) {
    this.script = script;
    this.appRole = appRole;
  }

  /** Every billing script, after {@code others}. */
  static JavaMigration[] all(String appRole, JavaMigration... others) {
    List<JavaMigration> all = new ArrayList<>(List.of(others));
    for (BillingSchema.Script script : BillingSchema.SCRIPTS) {
      all.add(new BillingMigration(script, appRole));
    }
    return all.toArray(JavaMigration[]::new);
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion(script.version());
  }

  @Override
  public String getDescription() {
    return script.description();
  }

  @Override
  public Integer getChecksum() {
    return script.text().hashCode();
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    script.apply(context.getConnection(), appRole);
  }
}
