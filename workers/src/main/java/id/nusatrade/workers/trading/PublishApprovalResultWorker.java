package id.nusatrade.workers.trading;

import id.nusatrade.compliance.approval.ApprovalResultPublisher;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.messaging.DuplicateEventException;
import id.nusatrade.processes.trading.TradeApproval;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import java.util.Map;

/**
 * Job {@value TradeApproval#PUBLISH_RESULT_JOB}: hands the outcome to {@link
 * ApprovalResultPublisher}. The event id comes from the job key: a job handed out again (its
 * completion was lost, for example in a broker crash) republishes the same event, which the bus
 * refuses as a duplicate ({@link DuplicateEventException}): the result is already out, so the job
 * completes instead of failing into an incident.
 */
public final class PublishApprovalResultWorker implements JobHandler {
  private final ApprovalResultPublisher publisher;

  public PublishApprovalResultWorker(ApprovalResultPublisher publisher) {
    this.publisher = publisher;
  }

  @Override
  public Map<String, Object> handle(JobInput job) {
    try {
      publisher.publish(
          job.eventId(),
          TenantId.of(job.requireText(TradeApproval.TENANT_ID)),
          job.requireText(TradeApproval.ORDER_ID),
          ApprovalResultPublisher.Result.valueOf(job.requireText(TradeApproval.APPROVAL_OUTCOME)),
          job.text(TradeApproval.DECIDED_BY));
    } catch (DuplicateEventException alreadyPublished) {
      // this job's result event is on the bus already: done
    }
    return Map.of();
  }
}
