package id.nusatrade.compliance.audit;

import id.nusatrade.domain.audit.AuditRecord;
import id.nusatrade.domain.audit.ChainHead;
import id.nusatrade.domain.audit.ChainVerification;
import id.nusatrade.domain.audit.ChainVerifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * One verification run: reads the head and streams the records in one repeatable-read snapshot, so
 * appends that commit meanwhile neither appear half-way nor look like a truncation.
 */
final class SnapshotVerification {
  private static final String HEAD =
      "select last_seq, last_hash from audit_chain_head where id = 1";
  private static final String RECORDS =
      "select " + AuditRows.COLUMNS + " from audit_event where seq <= ? order by seq";
  private static final String LOCATE = "select seq from audit_event where hash = ? limit 1";
  private static final int FETCH_SIZE = 1_000;

  private final Connection connection;

  SnapshotVerification(Connection connection) {
    this.connection = connection;
  }

  ChainVerification run() throws SQLException {
    int isolation = connection.getTransactionIsolation();
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    try {
      return PostgresAuditTrail.inTransaction(connection, this::walk);
    } finally {
      connection.setTransactionIsolation(isolation);
    }
  }

  private ChainVerification walk() throws SQLException {
    ChainHead head = head();
    try (PreparedStatement select = connection.prepareStatement(RECORDS)) {
      select.setFetchSize(FETCH_SIZE);
      select.setLong(1, head.lastSeq());
      try (ResultSet rows = select.executeQuery()) {
        return new ChainVerifier(this::locate).verify(new RecordCursor(rows), head);
      }
    }
  }

  private ChainHead head() throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(HEAD);
        ResultSet row = select.executeQuery()) {
      row.next();
      return new ChainHead(row.getLong(1), row.getString(2));
    }
  }

  private OptionalLong locate(String hash) {
    try (PreparedStatement select = connection.prepareStatement(LOCATE)) {
      select.setString(1, hash);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
      }
    } catch (SQLException e) {
      throw new AuditStoreException("could not look up a predecessor hash", e);
    }
  }

  /** Streams rows as records; SQL failures surface as {@link AuditStoreException}. */
  private static final class RecordCursor implements java.util.Iterator<AuditRecord> {
    private final ResultSet rows;
    private Boolean hasNext;

    RecordCursor(ResultSet rows) {
      this.rows = rows;
    }

    @Override
    public boolean hasNext() {
      try {
        if (hasNext == null) {
          hasNext = rows.next();
        }
        return hasNext;
      } catch (SQLException e) {
        throw new AuditStoreException("could not read the audit chain", e);
      }
    }

    @Override
    public AuditRecord next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      hasNext = null;
      try {
        return AuditRows.read(rows);
      } catch (SQLException e) {
        throw new AuditStoreException("could not read an audit record", e);
      }
    }
  }
}
