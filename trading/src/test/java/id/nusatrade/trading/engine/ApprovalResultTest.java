package id.nusatrade.trading.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.Order;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.PreTradeOutcome;
import id.nusatrade.domain.trading.PreTradeVerdict;
import id.nusatrade.domain.trading.Side;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The way back from the trade-approval workflow: its result releases or ends a PENDING_APPROVAL
 * order once, however often the bus delivers it, and only for the order's own tenant.
 */
class ApprovalResultTest {
  static final TenantId TENANT = new TenantId(new UUID(5, 1));
  static final TenantId OTHER = new TenantId(new UUID(5, 2));
  static final AccountId ACCOUNT = new AccountId(new UUID(6, 1));
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  RecordingVenue venue = new RecordingVenue();
  TradingEngine engine;

  @BeforeEach
  void start() {
    engine = engine();
  }

  TradingEngine engine() {
    TradingEngine e =
        new TradingEngine(
            dir,
            r ->
                new PreTradeVerdict(
                    PreTradeOutcome.NEEDS_APPROVAL, List.of("NOTIONAL_NEEDS_APPROVAL"), "v1"),
            CLOCK,
            TradingListener.NONE);
    e.openAccount(Account.open(ACCOUNT, TENANT));
    e.connect(AccountMode.PAPER, venue);
    return e;
  }

  Order waiting(String id) {
    Order o =
        engine
            .submit(
                OrderIntent.market(
                    ACCOUNT, new ClientOrderId(id), "EURUSD", Side.BUY, new BigDecimal("1000")))
            .order();
    assertThat(o.state()).isEqualTo(OrderState.PENDING_APPROVAL);
    return o;
  }

  @Test
  void anApprovalDeliveredTwiceSendsTheOrderOnce() {
    Order o = waiting("a");
    engine.approvalDecided(TENANT, o.id(), ApprovalOutcome.APPROVED, "officer-1");
    engine.approvalDecided(TENANT, o.id(), ApprovalOutcome.APPROVED, "officer-1");
    assertThat(o.state()).isEqualTo(OrderState.SENT);
    assertThat(venue.placed).containsExactly(o);
    assertThat(engine.duplicates()).isEqualTo(1);
  }

  @Test
  void aRejectionEndsTheOrderAndALateApprovalDoesNotRevive() {
    Order o = waiting("r");
    engine.approvalDecided(TENANT, o.id(), ApprovalOutcome.REJECTED, "officer-2");
    engine.approvalDecided(TENANT, o.id(), ApprovalOutcome.APPROVED, "officer-3");
    assertThat(o.state()).isEqualTo(OrderState.REJECTED);
    assertThat(o.reasons()).containsExactly("trade approval rejected by officer-2");
    assertThat(venue.placed).isEmpty();
  }

  @Test
  void anExpiredReviewExpiresTheOrder() {
    Order o = waiting("e");
    engine.approvalDecided(TENANT, o.id(), ApprovalOutcome.EXPIRED, null);
    assertThat(o.state()).isEqualTo(OrderState.EXPIRED);
    assertThat(o.reasons()).containsExactly("trade approval expired (unknown)");
    assertThat(venue.placed).isEmpty();
  }

  @Test
  void anotherTenantsResultIsRefusedAndChangesNothing() {
    Order o = waiting("t");
    assertThatThrownBy(() -> engine.approvalDecided(OTHER, o.id(), ApprovalOutcome.APPROVED, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown order " + o.id());
    assertThat(o.state()).isEqualTo(OrderState.PENDING_APPROVAL);
  }

  @Test
  void aResultRedeliveredAfterARestartChangesNothing() {
    Order approved = waiting("a");
    Order expired = waiting("x");
    engine.approvalDecided(TENANT, approved.id(), ApprovalOutcome.APPROVED, "officer-1");
    engine.approvalDecided(TENANT, expired.id(), ApprovalOutcome.EXPIRED, "sla");
    engine.flush(); // the consumer commits the bus transaction only after this
    // crash: the broker redelivers both results to a new engine over the same journal
    venue = new RecordingVenue();
    TradingEngine after = engine();
    assertThat(venue.placed).extracting(Order::id).containsExactly(approved.id());
    after.approvalDecided(TENANT, approved.id(), ApprovalOutcome.APPROVED, "officer-1");
    after.approvalDecided(TENANT, expired.id(), ApprovalOutcome.EXPIRED, "sla");
    assertThat(venue.placed).hasSize(1);
    assertThat(after.order(expired.id()).state()).isEqualTo(OrderState.EXPIRED);
    assertThat(after.duplicates()).isEqualTo(2);
  }
}
