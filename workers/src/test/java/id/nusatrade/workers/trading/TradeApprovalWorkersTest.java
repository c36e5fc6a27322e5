package id.nusatrade.workers.trading;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.compliance.approval.ApprovalResultPublisher;
import id.nusatrade.compliance.approval.ApprovalThresholds;
import id.nusatrade.compliance.approval.TradeApprovalPolicy;
import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.messaging.DuplicateEventException;
import id.nusatrade.processes.trading.TradeApproval;
import id.nusatrade.workers.JobInput;
import id.nusatrade.workers.RecordingPublisher;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TradeApprovalWorkersTest {
  private static final String TENANT = "11111111-1111-1111-1111-111111111111";

  @Test
  void theDecisionWorkerPassesTheNotionalAsExactRupiah() {
    DecideTradeWorker worker =
        new DecideTradeWorker(new TradeApprovalPolicy(ApprovalThresholds.DEFAULTS));

    Map<String, Object> atLimit =
        worker.handle(job(TradeApproval.DECIDE_AUTOMATICALLY_JOB, 1, "50000000.00"));
    Map<String, Object> aboveBySen =
        worker.handle(job(TradeApproval.DECIDE_AUTOMATICALLY_JOB, 1, "50000000.01"));

    assertThat(atLimit).containsEntry(TradeApproval.AUTO_DECISION, "APPROVE");
    assertThat(aboveBySen)
        .containsEntry(TradeApproval.AUTO_DECISION, "REVIEW")
        .containsEntry(TradeApproval.REQUIRED_APPROVALS, 1);
  }

  @Test
  void aRedeliveredPublishJobPublishesTheSameEventId() {
    RecordingPublisher bus = new RecordingPublisher();
    PublishApprovalResultWorker worker =
        new PublishApprovalResultWorker(
            new ApprovalResultPublisher(
                bus, Clock.fixed(Instant.parse("2026-12-03T03:00:00Z"), ZoneOffset.UTC)));
    JobInput job =
        new JobInput(
            77,
            TradeApproval.PUBLISH_RESULT_JOB,
            5,
            Map.of(
                TradeApproval.ORDER_ID, "ord-1",
                TradeApproval.TENANT_ID, TENANT,
                TradeApproval.APPROVAL_OUTCOME, "APPROVED",
                TradeApproval.DECIDED_BY, "rules"));

    worker.handle(job);
    worker.handle(job);

    assertThat(bus.events).hasSize(2);
    assertThat(bus.events.get(0).id()).isEqualTo(bus.events.get(1).id());
    assertThat(bus.events.get(0).type()).isEqualTo("trade.approval.decided");
    assertThat(bus.events.get(0).payload())
        .isEqualTo("{\"orderId\":\"ord-1\",\"result\":\"APPROVED\",\"decidedBy\":\"rules\"}");
  }

  @Test
  void aPublishJobHandedOutAgainAfterItsResultWentOutCompletesInsteadOfFailing() {
    List<EventEnvelope> taken = new ArrayList<>();
    EventPublisher artemisLike =
        new EventPublisher() { // refuses an event id it already took, as duplicate detection does
          @Override
          public void publish(EventEnvelope event) {
            if (taken.stream().anyMatch(e -> e.id().equals(event.id()))) {
              throw new DuplicateEventException("an event id was already taken", null);
            }
            taken.add(event);
          }

          @Override
          public void publishBatch(List<EventEnvelope> batch) {
            batch.forEach(this::publish);
          }
        };
    PublishApprovalResultWorker worker =
        new PublishApprovalResultWorker(
            new ApprovalResultPublisher(
                artemisLike, Clock.fixed(Instant.parse("2026-12-03T03:00:00Z"), ZoneOffset.UTC)));
    JobInput job =
        new JobInput(
            78,
            TradeApproval.PUBLISH_RESULT_JOB,
            5,
            Map.of(
                TradeApproval.ORDER_ID, "ord-2",
                TradeApproval.TENANT_ID, TENANT,
                TradeApproval.APPROVAL_OUTCOME, "EXPIRED",
                TradeApproval.DECIDED_BY, "sla"));

    assertThat(worker.handle(job)).isEmpty();
    assertThat(worker.handle(job)).isEmpty(); // handed out again after a lost completion

    assertThat(taken).hasSize(1);
  }

  private static JobInput job(String type, long key, String notional) {
    return new JobInput(
        key,
        type,
        3,
        Map.of(TradeApproval.ORDER_ID, "ord-1", TradeApproval.NOTIONAL_IDR, notional));
  }
}
