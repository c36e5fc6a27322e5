package id.nusatrade.tickstore.postgres;

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
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      work.run(connection);
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
