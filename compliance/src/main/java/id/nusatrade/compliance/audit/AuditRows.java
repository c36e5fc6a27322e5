package id.nusatrade.compliance.audit;

import id.nusatrade.domain.audit.AuditEvent;
import id.nusatrade.domain.audit.AuditRecord;
import id.nusatrade.domain.tenant.TenantId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Mapping between audit records and rows of {@code audit_event}. */
final class AuditRows {
  static final String COLUMNS =
      "seq, tenant_id, actor, action, subject, occurred_at, payload, prev_hash, hash";

  static final String INSERT =
      "insert into audit_event (seq, tenant_id, actor, action, subject, occurred_at, payload,"
          + " prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private AuditRows() {}

  static void bind(
      PreparedStatement insert, long seq, AuditEvent event, String prevHash, String hash)
      throws SQLException {
    insert.setLong(1, seq);
    insert.setObject(2, event.tenant().map(TenantId::value).orElse(null));
    insert.setString(3, event.actor());
    insert.setString(4, event.action());
    insert.setString(5, event.subject());
    insert.setObject(6, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
    insert.setString(7, event.payload());
    insert.setString(8, prevHash);
    insert.setString(9, hash);
  }

  static AuditRecord read(ResultSet row) throws SQLException {
    UUID tenant = row.getObject("tenant_id", UUID.class);
    AuditEvent event =
        new AuditEvent(
            tenant == null ? null : new TenantId(tenant),
            row.getString("actor"),
            row.getString("action"),
            row.getString("subject"),
            row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
            row.getString("payload"));
    return new AuditRecord(
        row.getLong("seq"), event, row.getString("prev_hash"), row.getString("hash"));
  }
}
