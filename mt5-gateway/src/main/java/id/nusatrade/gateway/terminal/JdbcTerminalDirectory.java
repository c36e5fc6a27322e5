package id.nusatrade.gateway.terminal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads table {@code mt5_terminal} (migration V10 in liberty-server). Wrap it in {@link
 * CachingTerminalDirectory}: it is called on handshakes only.
 */
public final class JdbcTerminalDirectory implements TerminalDirectory {
  private static final String SQL =
      "select api_key_sha256, enabled from mt5_terminal where tenant_id = ? and account = ?";
  private final DataSource dataSource;

  public JdbcTerminalDirectory(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Optional<TerminalRecord> find(TerminalKey key) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(SQL)) {
      ps.setObject(1, key.tenant().value());
      ps.setLong(2, key.account());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new TerminalRecord(key, rs.getString(1), rs.getBoolean(2)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("terminal lookup failed for " + key, e);
    }
  }
}
