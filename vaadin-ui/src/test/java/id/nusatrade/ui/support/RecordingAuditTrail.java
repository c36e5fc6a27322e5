package id.nusatrade.ui.support;

import id.nusatrade.domain.audit.AuditEvent;
import id.nusatrade.domain.audit.AuditRecord;
import id.nusatrade.domain.audit.AuditTrail;
import id.nusatrade.domain.audit.ChainVerification;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An audit trail that keeps what it is given, in order (the editor's changes are audited). */
public final class RecordingAuditTrail implements AuditTrail {
  public final List<AuditEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public AuditRecord append(AuditEvent event) {
    events.add(event);
    return new AuditRecord(events.size(), event, "", "");
  }

  @Override
  public ChainVerification verify() {
    throw new UnsupportedOperationException("not kept in memory");
  }
}
