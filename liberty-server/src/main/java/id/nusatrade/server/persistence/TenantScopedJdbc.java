package id.nusatrade.server.persistence;

import id.nusatrade.domain.tenant.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs JDBC work in one transaction scoped to a tenant: {@code set_config('app.tenant_id', ?,
 * true)} is transaction-local, so it ends with the commit and a pooled connection never carries a
 * tenant into the next request.
 */
public final class TenantScopedJdbc {
  /** Work on a connection whose transaction is already scoped to a tenant. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;

  public TenantScopedJdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public <T> T inTenant(TenantId tenant, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        scope(connection, tenant);
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new PersistenceException("database work for tenant " + tenant + " failed", e);
    }
  }

  private static void scope(Connection connection, TenantId tenant) throws SQLException {
    try (PreparedStatement set =
        connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      set.setString(1, tenant.toString());
      set.execute();
    }
  }
}
