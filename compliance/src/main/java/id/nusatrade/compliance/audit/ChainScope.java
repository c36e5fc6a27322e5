package id.nusatrade.compliance.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Marks the current transaction as working on the whole chain, which the read policy on {@code
 * audit_event} requires (tenants otherwise see only their own records). Transaction-local, so a
 * pooled connection never carries it into another request.
 */
final class ChainScope {
  private ChainScope() {}

  static void enter(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("select set_config('app.audit_scope', 'chain', true)");
    }
  }
}
