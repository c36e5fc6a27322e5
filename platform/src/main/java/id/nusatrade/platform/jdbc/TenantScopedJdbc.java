package id.nusatrade.platform.jdbc;

import id.nusatrade.domain.tenant.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs JDBC work in one transaction scoped to a tenant: its first statement is {@code
 * set_config('app.tenant_id', ?, true)}, which is transaction-local, so the setting ends with the
 * commit (or rollback) and a pooled connection never carries a tenant into the next unit of work. A
 * failure rolls the whole unit back.
 */
public final class TenantScopedJdbc {
  /** The PostgreSQL setting row-level security reads ({@code app_current_tenant()}). */
  public static final String TENANT_SETTING = "app.tenant_id";

  private static final String SCOPE = "select set_config('" + TENANT_SETTING + "', ?, true)";

  /** Work on a connection whose transaction is already scoped to a tenant. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;

  public TenantScopedJdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Borrows a connection, runs {@code work} in one transaction scoped to {@code tenant}.
   *
   * @throws TenantJdbcException when the database refuses the work (rolled back)
   */
  public <T> T inTenant(TenantId tenant, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return inTenant(connection, tenant, work);
    } catch (SQLException e) {
      throw new TenantJdbcException("database work for tenant " + tenant + " failed", e);
    }
  }

  /** {@code work} in one transaction on a borrowed connection, scoped to {@code tenant}. */
  public static <T> T inTenant(Connection connection, TenantId tenant, Work<T> work)
      throws SQLException {
    return inTransaction(
        connection,
        c -> {
          scope(c, tenant);
          return work.run(c);
        });
  }

  /**
   * {@code work} in one transaction (committed, or rolled back on any failure); the connection's
   * auto-commit mode is restored afterwards.
   */
  public static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /**
   * Names {@code tenant} for the rest of the current transaction (the connection must not be in
   * auto-commit mode, or the setting ends with this very statement).
   */
  public static void scope(Connection connection, TenantId tenant) throws SQLException {
    try (PreparedStatement set = connection.prepareStatement(SCOPE)) {
      set.setString(1, tenant.toString());
      set.execute();
    }
  }
}
