package id.nusatrade.billing.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Billing's versioned migrations ({@code db/billing/V50__billing.sql}, ...), owned by this module
 * and run by the server's Flyway as Java migrations, the way the audit trail's schema is.
 */
public final class BillingSchema {
  /** A migration script: its Flyway version and file in {@code db/billing}. */
  public record Script(String version, String description, String file) {
    /** The SQL with the application role filled in. */
    public String sql(String appRole) {
      return text().replace("${appRole}", appRole);
    }

    public String text() {
      try (InputStream in = BillingSchema.class.getResourceAsStream("/db/billing/" + file)) {
        if (in == null) {
          throw new IllegalStateException(
              "db/billing/" + file + " is missing from the billing jar");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public void apply(Connection owner, String appRole) throws SQLException {
      try (Statement statement = owner.createStatement()) {
        statement.execute(sql(appRole));
      }
    }
  }

  public static final List<Script> SCRIPTS =
      List.of(
          new Script("50", "billing", "V50__billing.sql"),
          new Script("51", "usage metering", "V51__usage.sql"),
          new Script("52", "api keys", "V52__api_keys.sql"),
          new Script("100", "dunning and notices", "V100__dunning.sql"));

  private BillingSchema() {}
}
