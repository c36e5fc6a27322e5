package id.nusatrade.tickstore.postgres;

import id.nusatrade.domain.tenant.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Sets the tenant that row-level security admits for the rest of the current transaction ({@code
 * set_config(..., true)} is transaction-local, so a pooled connection never carries it further).
 * The same setting as the platform's tenant repository (V3 migration, {@code
 * app_current_tenant()}).
 */
final class PgTenantScope {
  private PgTenantScope() {}

  static void set(Connection connection, TenantId tenant) throws SQLException {
    try (PreparedStatement set =
        connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
      set.setString(1, tenant.toString());
      set.execute();
    }
  }
}
