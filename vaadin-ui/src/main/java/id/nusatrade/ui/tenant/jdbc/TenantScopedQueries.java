package id.nusatrade.ui.tenant.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Runs a read inside a transaction whose {@code app.tenant_id} is the caller's tenant. The setting
 * is transaction-local ({@code set_config(..., true)}), so a pooled connection never carries one
 * tenant's context into another's request.
 */
final class TenantScopedQueries {
  static final String TENANT_SETTING = "app.tenant_id";

  /** Maps the current row. */
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final DataSource dataSource;

  TenantScopedQueries(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  <T> List<T> list(
      id.nusatrade.domain.tenant.TenantId caller, String sql, Object param, RowMapper<T> mapper) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        setTenant(c, caller);
        List<T> rows = query(c, sql, param, mapper);
        c.commit();
        return rows;
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("tenant query failed: " + e.getMessage(), e);
    }
  }

  private static void setTenant(Connection c, id.nusatrade.domain.tenant.TenantId caller)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select set_config(?, ?, true)")) {
      ps.setString(1, TENANT_SETTING);
      ps.setString(2, caller.toString());
      ps.execute();
    }
  }

  private static <T> List<T> query(Connection c, String sql, Object param, RowMapper<T> mapper)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (param != null) {
        ps.setObject(1, param);
      }
      try (ResultSet rs = ps.executeQuery()) {
        List<T> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(mapper.map(rs));
        }
        return rows;
      }
    }
  }
}
