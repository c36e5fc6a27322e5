package id.nusatrade.workers.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.OrderType;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.messaging.PoisonEventException;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.OrderChanged;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.processes.trading.TradeApproval;
import id.nusatrade.workers.runtime.WorkflowMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApprovalRequestRelayTest {
  private static final TenantId TENANT = TenantId.of("11111111-1111-1111-1111-111111111111");
  private static final PayloadCodec CODEC = new PayloadCodec();

  @Test
  void aHeldOrderBecomesTheStartMessageWithTheVariablesTheDecisionReads() {
    WorkflowMessage m =
        ApprovalRequestRelay.message(
            event(
                held(
                    OrderType.MARKET,
                    null,
                    new BigDecimal("250000000.123"),
                    "APPROVAL_NOTIONAL: above",
                    "FIRST_LIVE_TRADE: the account's first live trade needs approval")));

    assertThat(m.name()).isEqualTo(TradeApproval.REQUESTED_MESSAGE);
    assertThat(m.correlationKey()).isEqualTo("42");
    assertThat(m.variables())
        .containsEntry(TradeApproval.ORDER_ID, "42")
        .containsEntry(TradeApproval.TENANT_ID, TENANT.toString())
        .containsEntry(TradeApproval.ACCOUNT_ID, "acc-1")
        .containsEntry(TradeApproval.SYMBOL, "XAUUSD")
        .containsEntry(TradeApproval.SIDE, "BUY")
        .containsEntry(TradeApproval.QUANTITY, "2")
        // 250,000,000.123 rounded up to whole sen: never decided below a threshold it is on
        .containsEntry(TradeApproval.NOTIONAL_IDR, "250000000.13")
        .containsEntry(TradeApproval.FIRST_LIVE_TRADE, true);
  }

  @Test
  void theSameOrderAnnouncedTwiceIsOneMessageWhateverTheEventIds() {
    OrderChanged order = held(OrderType.LIMIT, new BigDecimal("10"), null, "WATCH_LIST: watched");
    WorkflowMessage first = ApprovalRequestRelay.message(event(order));
    WorkflowMessage second = ApprovalRequestRelay.message(event(order));

    assertThat(first.messageId())
        .isEqualTo(second.messageId())
        .isEqualTo("trade-approval/" + TENANT + "/42");
    assertThat(first.variables()).containsEntry(TradeApproval.FIRST_LIVE_TRADE, false);
  }

  @Test
  void withoutTheRulesNotionalALimitOrderIsValuedAtItsLimitPrice() {
    WorkflowMessage m =
        ApprovalRequestRelay.message(
            event(held(OrderType.LIMIT, new BigDecimal("2345.675"), null, "WATCH_LIST: w")));

    // 2 x 2,345.675 = 4,691.35
    assertThat(m.variables()).containsEntry(TradeApproval.NOTIONAL_IDR, "4691.35");
  }

  @Test
  void aMarketOrderWithNothingToValueItByIsDeadLetteredNamingTheOrder() {
    EventEnvelope e = event(held(OrderType.MARKET, null, null, "WATCH_LIST: w"));

    assertThatThrownBy(() -> ApprovalRequestRelay.message(e))
        .isInstanceOf(PoisonEventException.class)
        .hasMessageContaining("order 42")
        .hasMessageContaining("no notional");
  }

  @Test
  void otherTradingEventsAreNotForTheBridge() throws Exception {
    ApprovalRequestRelay relay = new ApprovalRequestRelay(null); // would fail if it published
    OrderChanged sent =
        new OrderChanged(
            "acc-1",
            42,
            "c-42",
            "XAUUSD",
            Side.BUY,
            OrderType.MARKET,
            new BigDecimal("2"),
            null,
            null,
            OrderState.SENT,
            BigDecimal.ZERO,
            null,
            List.of(),
            null);

    relay.handle(event(sent));
  }

  private static OrderChanged held(
      OrderType type, BigDecimal limit, BigDecimal notional, String... reasons) {
    return new OrderChanged(
        "acc-1",
        42,
        "c-42",
        "XAUUSD",
        Side.BUY,
        type,
        new BigDecimal("2"),
        limit,
        null,
        OrderState.PENDING_APPROVAL,
        BigDecimal.ZERO,
        null,
        List.of(reasons),
        null,
        notional);
  }

  private static EventEnvelope event(OrderChanged order) {
    return CODEC.envelope(
        EventContracts.ORDER_CHANGED, UUID.randomUUID(), TENANT, Instant.EPOCH, order);
  }
}
