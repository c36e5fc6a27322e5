package id.nusatrade.server.infrastructure.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.compliance.approval.ApprovalResultPublisher;
import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
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
import id.nusatrade.messaging.PoisonEventException;
import id.nusatrade.trading.engine.TradingEngine;
import id.nusatrade.trading.engine.TradingListener;
import id.nusatrade.trading.fill.Costs;
import id.nusatrade.trading.fill.FillModel;
import id.nusatrade.trading.paper.PaperVenue;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workflow's published result, as the bus delivers it (twice), releases the order once. */
class ApprovalResultHandlerTest {
  static final TenantId TENANT = new TenantId(new UUID(8, 1));
  static final AccountId ACCOUNT = new AccountId(new UUID(8, 2));
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T03:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  @Test
  void aRedeliveredApprovalSendsTheWaitingOrderOnceAndOtherTradingEventsPass() throws Exception {
    TradingEngine engine =
        new TradingEngine(
            dir,
            r -> new PreTradeVerdict(PreTradeOutcome.NEEDS_APPROVAL, List.of("first live"), "v1"),
            CLOCK,
            TradingListener.NONE);
    engine.openAccount(Account.open(ACCOUNT, TENANT));
    PaperVenue paper = new PaperVenue(new FillModel(Costs.NONE), engine);
    engine.connect(AccountMode.PAPER, paper);
    Order o =
        engine
            .submit(
                OrderIntent.market(
                    ACCOUNT, new ClientOrderId("c1"), "EURUSD", Side.BUY, BigDecimal.TEN))
            .order();
    EventEnvelope result = published(o.id().toString(), "APPROVED");
    ApprovalResultHandler handler = new ApprovalResultHandler(engine);

    handler.handle(result);
    handler.handle(result); // the broker redelivers after a crash before the commit

    assertThat(o.state()).isEqualTo(OrderState.SENT);
    assertThat(paper.workingCount()).isEqualTo(1);
    assertThat(engine.duplicates()).isEqualTo(1);
    handler.handle( // an order event on the same topic is not a result
        new EventEnvelope(new UUID(0, 9), TENANT, "trade.order.changed", Instant.EPOCH, 1, "{}"));
    assertThatThrownBy(() -> handler.handle(published("999", "APPROVED")))
        .isInstanceOf(PoisonEventException.class)
        .hasMessageContaining("unknown order 999");
  }

  static EventEnvelope published(String orderId, String result) {
    List<EventEnvelope> sent = new ArrayList<>();
    new ApprovalResultPublisher(
            new EventPublisher() {
              @Override
              public void publish(EventEnvelope event) {
                sent.add(event);
              }

              @Override
              public void publishBatch(List<EventEnvelope> events) {
                sent.addAll(events);
              }
            },
            CLOCK)
        .publish(
            UUID.nameUUIDFromBytes(orderId.getBytes()),
            TENANT,
            orderId,
            ApprovalResultPublisher.Result.valueOf(result),
            "officer-1");
    return sent.getFirst();
  }
}
