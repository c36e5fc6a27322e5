package id.nusatrade.compliance.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.audit.AuditEvent;
import id.nusatrade.domain.audit.AuditRecord;
import id.nusatrade.domain.audit.AuditTrail;
import id.nusatrade.domain.audit.ChainVerification;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewQueueTest {
  private static final Instant NOW = Instant.parse("2026-12-03T03:00:00Z");
  private static final TenantId TENANT = TenantId.of("11111111-1111-1111-1111-111111111111");

  private final InMemoryReviewTasks store = new InMemoryReviewTasks();
  private final Map<Long, Map<String, Object>> completed = new HashMap<>();
  private final List<AuditEvent> audited = new ArrayList<>();
  private boolean engineLostTheTask;
  private final ReviewQueue queue =
      new ReviewQueue(
          store,
          (key, variables) -> {
            if (engineLostTheTask) {
              throw new TaskCompleter.TaskGoneException("NOT_FOUND");
            }
            completed.put(key, variables);
          },
          new AuditTrail() {
            @Override
            public AuditRecord append(AuditEvent event) {
              audited.add(event);
              return null;
            }

            @Override
            public ChainVerification verify() {
              throw new UnsupportedOperationException();
            }
          },
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void openTasksComeEarliestDeadlineFirst() {
    add(1, ReviewKind.KYC, NOW.plusSeconds(3600), null);
    add(2, ReviewKind.TRADE, NOW.plusSeconds(300), null);

    assertThat(queue.open()).extracting(ReviewTask::key).containsExactly(2L, 1L);
  }

  @Test
  void aClaimedAndDecidedTaskCompletesTheEngineTaskAndIsAudited() {
    add(1, ReviewKind.TRADE, NOW.plusSeconds(300), null);

    queue.claim(1, "ana");
    ReviewTask decided = queue.decide(1, "ana", "approve", "within mandate");

    assertThat(decided.status()).isEqualTo(ReviewTask.Status.DECIDED);
    assertThat(completed.get(1L))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("outcome", "APPROVE", "reason", "within mandate", "decidedBy", "ana"));
    assertThat(audited)
        .extracting(AuditEvent::action)
        .containsExactly(ReviewQueue.CLAIMED, ReviewQueue.DECIDED);
    assertThat(audited.get(1).payload())
        .contains("\"outcome\":\"APPROVE\"", "\"reason\":\"within mandate\"");
    assertThat(audited.get(1).subject()).isEqualTo("order/ord-1");
  }

  @Test
  void aDecisionWithoutAReasonIsRefusedNamingTheField() {
    add(1, ReviewKind.TRADE, NOW, null);
    queue.claim(1, "ana");

    assertThatThrownBy(() -> queue.decide(1, "ana", "APPROVE", "  "))
        .isInstanceOf(InvalidDecisionException.class)
        .extracting(e -> ((InvalidDecisionException) e).field())
        .isEqualTo("reason");
    assertThat(completed).isEmpty();
  }

  @Test
  void anOutcomeTheKindDoesNotKnowIsRefused() {
    add(1, ReviewKind.TRADE, NOW, null);
    queue.claim(1, "ana");

    assertThatThrownBy(() -> queue.decide(1, "ana", "RESUBMIT", "why"))
        .extracting(e -> ((InvalidDecisionException) e).field())
        .isEqualTo("outcome");
  }

  @Test
  void anotherOfficersClaimBlocksClaimingAndDeciding() {
    add(1, ReviewKind.KYC, NOW, null);
    queue.claim(1, "ana");

    assertThatThrownBy(() -> queue.claim(1, "budi")).isInstanceOf(ReviewConflictException.class);
    assertThatThrownBy(() -> queue.decide(1, "budi", "APPROVE", "ok"))
        .isInstanceOf(ReviewConflictException.class);
    queue.release(1, "ana");
    assertThat(queue.claim(1, "budi").claimedBy()).isEqualTo("budi");
  }

  @Test
  void theFirstApproverCannotGiveTheSecondApproval() {
    add(1, ReviewKind.TRADE_SECOND, NOW, "ana");
    queue.claim(1, "ana");

    assertThatThrownBy(() -> queue.decide(1, "ana", "APPROVE", "ok"))
        .isInstanceOf(ReviewConflictException.class)
        .hasMessageContaining("second officer");
    assertThat(completed).isEmpty();
  }

  @Test
  void aTaskTheProcessAlreadyEndedIsCancelledNotDecided() {
    add(1, ReviewKind.TRADE, NOW, null);
    queue.claim(1, "ana");
    engineLostTheTask = true;

    assertThatThrownBy(() -> queue.decide(1, "ana", "APPROVE", "ok"))
        .isInstanceOf(ReviewConflictException.class);
    assertThat(store.find(1).orElseThrow().status()).isEqualTo(ReviewTask.Status.CANCELLED);
    assertThat(queue.open()).isEmpty();
  }

  private void add(long key, ReviewKind kind, Instant deadline, String firstApprover) {
    store.addIfAbsent(
        ReviewTask.open(
            key, kind, 100 + key, "order/ord-" + key, TENANT, deadline, NOW, firstApprover, "{}"));
  }
}
