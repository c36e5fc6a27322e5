package id.nusatrade.compliance.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * One prepared statement on a connection of its own, for the compliance stores (review tasks,
 * onboarding applications): bind, run, read the rows, and turn a {@link SQLException} into the
 * store's own exception.
 */
public final class Statements {
  /** Sets a statement's parameters. */
  @FunctionalInterface
  public interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /** Reads the current row. */
  @FunctionalInterface
  public interface Row<T> {
    T read(ResultSet row) throws SQLException;
  }

  private final DataSource data;
  private final Function<SQLException, RuntimeException> failure;

  public Statements(DataSource data, Function<SQLException, RuntimeException> failure) {
    this.data = data;
    this.failure = failure;
  }

  /** Rows changed. */
  public int update(String sql, Binder binder) {
    try (Connection c = data.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw failure.apply(e);
    }
  }

  /** Every row the query answers, in its order. */
  public <T> List<T> query(String sql, Binder binder, Row<T> row) {
    try (Connection c = data.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      try (ResultSet r = s.executeQuery()) {
        List<T> found = new ArrayList<>();
        while (r.next()) {
          found.add(row.read(r));
        }
        return found;
      }
    } catch (SQLException e) {
      throw failure.apply(e);
    }
  }
}
