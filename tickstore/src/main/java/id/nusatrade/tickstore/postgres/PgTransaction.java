package id.nusatrade.tickstore.postgres;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.tickstore.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in one transaction on a borrowed connection and restores its auto-commit mode. */
final class PgTransaction {
  private PgTransaction() {}

  @FunctionalInterface
  interface Work {
    void run(Connection connection) throws SQLException;
  }

  static void run(Connection connection, Work work) throws SQLException {
    call(
        connection,
        c -> {
          work.run(c);
          return null;
        });
  }

  /** Work in a transaction whose row-level security admits {@code tenant}'s rows only. */
  static <T> T inTenant(Connection connection, TenantId tenant, Jdbc.Work<T> work)
      throws SQLException {
    return call(
        connection,
        c -> {
          PgTenantScope.set(c, tenant);
          return work.apply(c);
        });
  }

  static <T> T call(Connection connection, Jdbc.Work<T> work) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      T result = work.apply(connection);
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
