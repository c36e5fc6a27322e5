package id.nusatrade.workers.review;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.compliance.review.ReviewKind;
import id.nusatrade.compliance.review.ReviewTask;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewTaskFeederTest {
  private static final Instant SEEN = Instant.parse("2026-12-03T03:00:00Z");

  @Test
  void aSecondTradeReviewCarriesOrderTenantDeadlineAndFirstApprover() {
    ReviewTask task =
        ReviewTaskFeeder.task(
            42,
            7,
            Map.of("reviewKind", "trade-second"),
            Map.of(
                "orderId", "ord-1",
                "tenantId", "11111111-1111-1111-1111-111111111111",
                "slaDeadline", "2026-12-03T03:05:00.25Z[UTC]",
                "firstApprover", "ana"),
            SEEN);

    assertThat(task.kind()).isEqualTo(ReviewKind.TRADE_SECOND);
    assertThat(task.subject()).isEqualTo("order/ord-1");
    assertThat(task.tenant().toString()).isEqualTo("11111111-1111-1111-1111-111111111111");
    assertThat(task.slaDeadline()).isEqualTo(Instant.parse("2026-12-03T03:05:00.25Z"));
    assertThat(task.firstApprover()).isEqualTo("ana");
    assertThat(task.status()).isEqualTo(ReviewTask.Status.OPEN);
    assertThat(task.contextJson()).contains("\"orderId\":\"ord-1\"").doesNotContain("slaDeadline");
  }

  @Test
  void aKycCaseHasNoTenantYetAndAcceptsAnOffsetDeadline() {
    ReviewTask task =
        ReviewTaskFeeder.task(
            43,
            8,
            Map.of("reviewKind", "kyc"),
            Map.of("applicationId", "app-7", "slaDeadline", "2026-12-04T10:00:00+07:00"),
            SEEN);

    assertThat(task.subject()).isEqualTo("application/app-7");
    assertThat(task.tenant()).isNull();
    assertThat(task.slaDeadline()).isEqualTo(Instant.parse("2026-12-04T03:00:00Z"));
    assertThat(task.firstApprover()).isNull();
  }
}
