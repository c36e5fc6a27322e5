package id.nusatrade.workers.billing;

import id.nusatrade.billing.notice.NoticeKind;
import id.nusatrade.billing.notice.Notices;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import java.util.Map;

/** Jobs {@code send-receipt} and {@code send-refund-receipt}: the invoice's notice, once. */
public final class SendReceiptWorker implements JobHandler {
  private final Notices notices;
  private final NoticeKind kind;

  public SendReceiptWorker(Notices notices, NoticeKind kind) {
    this.notices = notices;
    this.kind = kind;
  }

  @Override
  public Map<String, Object> handle(JobInput job) {
    notices.issue(BillingJobs.tenant(job), BillingJobs.invoice(job), kind, 1);
    return Map.of();
  }
}
