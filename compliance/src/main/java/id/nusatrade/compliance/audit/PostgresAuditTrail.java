package id.nusatrade.compliance.audit;

import id.nusatrade.domain.audit.AuditEvent;
import id.nusatrade.domain.audit.AuditHash;
import id.nusatrade.domain.audit.AuditRecord;
import id.nusatrade.domain.audit.AuditTrail;
import id.nusatrade.domain.audit.ChainHead;
import id.nusatrade.domain.audit.ChainVerification;
import id.nusatrade.platform.jdbc.TenantScopedJdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The audit trail in PostgreSQL. Each append runs in its own transaction (an audit record must
 * survive the failure of the request that caused it) and holds the chain head's row lock, so
 * concurrent appends from any number of servers form one linear chain. Appends need no read access
 * to other tenants' records (the application role has none); verification reads the whole chain and
 * therefore runs on a privileged connection (the schema owner's), never the application's.
 */
public final class PostgresAuditTrail implements AuditTrail {
  private static final String LOCK_HEAD =
      "select last_seq, last_hash from audit_chain_head where id = 1 for update";
  private static final String MOVE_HEAD =
      "update audit_chain_head set last_seq = ?, last_hash = ? where id = 1";

  private static final String NEXT_SEQ = "select nextval('audit_event_seq_seq')";
  private static final String SEEN_BUS_EVENT = "select 1 from audit_bus_event where event_id = ?";
  private static final String MARK_BUS_EVENT =
      "insert into audit_bus_event (event_id, seq) values (?, ?)";

  private final DataSource appender;
  private final DataSource verifier;

  /**
   * @param appender the application's pool (non-owner role)
   * @param verifier a pool of the schema owner, the only role that reads every tenant's records
   */
  public PostgresAuditTrail(DataSource appender, DataSource verifier) {
    this.appender = appender;
    this.verifier = verifier;
  }

  @Override
  public AuditRecord append(AuditEvent event) {
    try (Connection connection = appender.getConnection()) {
      return inTransaction(connection, () -> appendLocked(connection, event));
    } catch (SQLException e) {
      throw new AuditStoreException("could not append audit event " + event.action(), e);
    }
  }

  /**
   * Appends an event that came from the bus unless an event with this id was appended before: the
   * id is recorded in the same transaction as the record, under the chain head's lock, so a
   * redelivered event is stored once. Empty when it was already there.
   */
  public Optional<AuditRecord> appendOnce(UUID eventId, AuditEvent event) {
    try (Connection connection = appender.getConnection()) {
      return inTransaction(
          connection,
          () -> {
            ChainHead ignored = lockHead(connection); // serialises duplicates too
            if (seen(connection, eventId)) {
              return Optional.empty();
            }
            AuditRecord record = appendLocked(connection, event);
            try (PreparedStatement mark = connection.prepareStatement(MARK_BUS_EVENT)) {
              mark.setObject(1, eventId);
              mark.setLong(2, record.seq());
              mark.executeUpdate();
            }
            return Optional.of(record);
          });
    } catch (SQLException e) {
      throw new AuditStoreException("could not append bus audit event " + eventId, e);
    }
  }

  private static boolean seen(Connection connection, UUID eventId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SEEN_BUS_EVENT)) {
      select.setObject(1, eventId);
      try (ResultSet row = select.executeQuery()) {
        return row.next();
      }
    }
  }

  @Override
  public ChainVerification verify() {
    try (Connection connection = verifier.getConnection()) {
      return new SnapshotVerification(connection).run();
    } catch (SQLException e) {
      throw new AuditStoreException("could not verify the audit chain", e);
    }
  }

  private AuditRecord appendLocked(Connection connection, AuditEvent event) throws SQLException {
    ChainHead head = lockHead(connection);
    String hash = AuditHash.of(event, head.lastHash());
    long seq = nextSeq(connection); // under the head lock: sequence order is chain order
    try (PreparedStatement insert = connection.prepareStatement(AuditRows.INSERT)) {
      // no RETURNING: that would need read access to the row, which the app role may not have
      AuditRows.bind(insert, seq, event, head.lastHash(), hash);
      insert.executeUpdate();
    }
    try (PreparedStatement move = connection.prepareStatement(MOVE_HEAD)) {
      move.setLong(1, seq);
      move.setString(2, hash);
      move.executeUpdate();
    }
    return new AuditRecord(seq, event, head.lastHash(), hash);
  }

  private static long nextSeq(Connection connection) throws SQLException {
    try (PreparedStatement next = connection.prepareStatement(NEXT_SEQ);
        ResultSet row = next.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static ChainHead lockHead(Connection connection) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement(LOCK_HEAD);
        ResultSet row = lock.executeQuery()) {
      if (!row.next()) {
        throw new SQLException("audit_chain_head row missing: schema not installed?");
      }
      return new ChainHead(row.getLong(1), row.getString(2));
    }
  }

  interface Work<T> {
    T run() throws SQLException;
  }

  /** The platform's transaction (all or nothing, auto-commit restored), the chain's way. */
  static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
    return TenantScopedJdbc.inTransaction(connection, c -> work.run());
  }
}
