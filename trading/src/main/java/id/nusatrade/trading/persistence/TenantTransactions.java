package id.nusatrade.trading.persistence;

import id.nusatrade.domain.tenant.TenantId;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs JDBC work in one transaction scoped to a tenant ({@code app.tenant_id} set), as the
 * platform's tenant-scoped JDBC does; the server passes its implementation in.
 */
@FunctionalInterface
public interface TenantTransactions {
  @FunctionalInterface
  interface Work {
    void run(Connection connection) throws SQLException;
  }

  void inTenant(TenantId tenant, Work work);
}
