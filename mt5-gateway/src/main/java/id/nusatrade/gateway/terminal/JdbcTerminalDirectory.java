package id.nusatrade.gateway.terminal;

import id.nusatrade.platform.jdbc.TenantScopedJdbc;
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
  private final TenantScopedJdbc jdbc;

  public JdbcTerminalDirectory(DataSource dataSource) {
    this.jdbc = new TenantScopedJdbc(dataSource);
  }

  @Override
  public Optional<TerminalRecord> find(TerminalKey key) {
    return jdbc.inTenant(key.tenant(), c -> lookup(c, key));
  }

  private static Optional<TerminalRecord> lookup(Connection c, TerminalKey key)
      throws SQLException {
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
