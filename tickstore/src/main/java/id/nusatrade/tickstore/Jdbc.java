package id.nusatrade.tickstore;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Borrow-a-connection helper so adapters state only the SQL work and how a failure reads. */
public final class Jdbc {
  private Jdbc() {}

  /** Work done with one borrowed connection. */
  @FunctionalInterface
  public interface Work<T> {
    T apply(Connection connection) throws SQLException;
  }

  public static <T> T withConnection(DataSource dataSource, String failure, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.apply(connection);
    } catch (SQLException e) {
      throw new TickStoreException(failure, e);
    }
  }
}
