package id.nusatrade.gateway.terminal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads table {@code mt5_terminal} (migration V10 in liberty-server). Row-level security is forced
 * on that table (V31): the lookup runs in a transaction scoped to the tenant the terminal claims,
 * so it can only ever find that tenant's terminals. Wrap it in {@link CachingTerminalDirectory}: it
 * is called on handshakes only.
 */
public final class JdbcTerminalDirectory implements TerminalDirectory {
  private static final String SQL =
      "select api_key_sha256, enabled from mt5_terminal where tenant_id = ? and account = ?";
  private final DataSource dataSource;

  public JdbcTerminalDirectory(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  private static final String SCOPE = "select set_config('app.tenant_id', ?, true)";

  @Override
  public Optional<TerminalRecord> find(TerminalKey key) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        return lookup(c, key);
      } finally {
        c.rollback(); // read only; ends the transaction-local tenant setting
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("terminal lookup failed for " + key, e);
    }
  }

  private static Optional<TerminalRecord> lookup(Connection c, TerminalKey key)
      throws SQLException {
    try (PreparedStatement scope = c.prepareStatement(SCOPE)) {
      scope.setString(1, key.tenant().value().toString());
      scope.executeQuery().close();
    }
    try (PreparedStatement ps = c.prepareStatement(SQL)) {
      ps.setObject(1, key.tenant().value());
      ps.setLong(2, key.account());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new TerminalRecord(key, rs.getString(1), rs.getBoolean(2)));
      }
    }
  }
}
