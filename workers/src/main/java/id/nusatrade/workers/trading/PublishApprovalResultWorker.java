package id.nusatrade.workers.trading;

import id.nusatrade.compliance.approval.ApprovalResultPublisher;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.processes.trading.TradeApproval;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import java.util.Map;

/**
 * Job {@value TradeApproval#PUBLISH_RESULT_JOB}: hands the outcome to {@link
 * ApprovalResultPublisher}. The event id comes from the job key: a redelivered job republishes the
 * same event and the bus drops it.
 */
public final class PublishApprovalResultWorker implements JobHandler {
  private final ApprovalResultPublisher publisher;

  public PublishApprovalResultWorker(ApprovalResultPublisher publisher) {
    this.publisher = publisher;
  }

  @Override
  public Map<String, Object> handle(JobInput job) {
    publisher.publish(
        job.eventId(),
        TenantId.of(job.requireText(TradeApproval.TENANT_ID)),
        job.requireText(TradeApproval.ORDER_ID),
        ApprovalResultPublisher.Result.valueOf(job.requireText(TradeApproval.APPROVAL_OUTCOME)),
        job.text(TradeApproval.DECIDED_BY));
    return Map.of();
  }
}
