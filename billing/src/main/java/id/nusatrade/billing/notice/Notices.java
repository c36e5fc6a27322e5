package id.nusatrade.billing.notice;

import id.nusatrade.billing.invoice.InvoiceId;
import id.nusatrade.billing.store.BillingStore;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Clock;
import java.util.List;

/**
 * Issues receipts, refund receipts and payment reminders, each (invoice, kind, sequence) once.
 * Delivering them (e-mail, Telegram) is not built: the notices are recorded and listed.
 */
public final class Notices {
  private final BillingStore store;
  private final Clock clock;

  public Notices(BillingStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** True if issued now, false if it had been issued before. */
  public boolean issue(TenantId tenant, InvoiceId invoice, NoticeKind kind, int sequence) {
    Notice notice = new Notice(invoice, kind, sequence, clock.instant());
    return store.inTenant(tenant, tx -> tx.recordNotice(notice));
  }

  public List<Notice> of(TenantId tenant) {
    return store.inTenant(tenant, tx -> tx.notices());
  }
}
