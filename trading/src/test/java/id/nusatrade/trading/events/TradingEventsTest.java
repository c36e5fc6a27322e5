package id.nusatrade.trading.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.PreTradeOutcome;
import id.nusatrade.domain.trading.PreTradeVerdict;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.domain.trading.TradingState;
import id.nusatrade.messaging.contract.AccountChanged;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.OrderChanged;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.messaging.contract.PositionChanged;
import id.nusatrade.trading.engine.TradingEngine;
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

class TradingEventsTest {
  static final TenantId TENANT = new TenantId(new UUID(7, 7));
  static final AccountId ACCOUNT = new AccountId(new UUID(8, 8));
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  /** Captures batches; fails the first {@code failures} calls like a broker that is down. */
  static final class Capturing implements EventPublisher {
    final List<List<EventEnvelope>> batches = new ArrayList<>();
    final List<List<EventEnvelope>> attempts = new ArrayList<>();
    int failures;

    @Override
    public void publish(EventEnvelope event) {
      publishBatch(List.of(event));
    }

    @Override
    public void publishBatch(List<EventEnvelope> events) {
      attempts.add(events);
      if (failures-- > 0) {
        throw new IllegalStateException("broker down");
      }
      batches.add(events);
    }
  }

  TradingEngine engine(TradingEvents events, PreTradeOutcome outcome) {
    TradingEngine e =
        new TradingEngine(
            dir,
            r ->
                outcome == PreTradeOutcome.ALLOW
                    ? PreTradeVerdict.allow("t")
                    : new PreTradeVerdict(outcome, List.of("FIRST_LIVE_TRADE: ask first"), "t"),
            CLOCK,
            events);
    e.connect(AccountMode.PAPER, new PaperVenue(new FillModel(Costs.NONE), e));
    e.openAccount(Account.open(ACCOUNT, TENANT));
    return e;
  }

  @Test
  void aPaperFillBecomesOrderAndPositionEventsOfTheTenantInOneBatch() {
    TradingEvents events = new TradingEvents(CLOCK);
    TradingEngine e = engine(events, PreTradeOutcome.ALLOW);
    e.submit(
        OrderIntent.market(ACCOUNT, new ClientOrderId("e1"), "EURUSD", Side.BUY, BigDecimal.TEN));
    e.onTick(new Tick(new FeedId(TENANT, 1, "EURUSD"), 0, 1, 1.1, 1.1002, 0, 0, 0));
    Capturing bus = new Capturing();
    assertThat(events.publish(bus)).isEqualTo(5);
    List<EventEnvelope> batch = bus.batches.getFirst();
    assertThat(batch)
        .extracting(EventEnvelope::type)
        .containsExactly(
            "trade.account.changed",
            "trade.order.changed",
            "trade.order.changed",
            "trade.order.changed",
            "trade.position.changed");
    assertThat(batch).allMatch(ev -> ev.tenantId().equals(TENANT) && ev.schemaVersion() == 1);
    assertThat(batch.get(3).payload())
        .contains("\"clientOrderId\":\"e1\"", "\"state\":\"FILLED\"", "\"averagePrice\":1.1002");
    assertThat(batch.get(4).payload()).contains("\"quantity\":10");
    PayloadCodec codec = new PayloadCodec();
    OrderChanged filled = codec.decode(EventContracts.ORDER_CHANGED, batch.get(3));
    assertThat(filled.state()).isEqualTo(OrderState.FILLED);
    assertThat(filled.averagePrice()).isEqualByComparingTo("1.1002");
    assertThat(filled.accountId()).isEqualTo(ACCOUNT.toString());
    PositionChanged position = codec.decode(EventContracts.POSITION_CHANGED, batch.get(4));
    assertThat(position.quantity()).isEqualByComparingTo(BigDecimal.TEN);
    assertThat(codec.decode(EventContracts.ACCOUNT_CHANGED, batch.get(0)))
        .isEqualTo(new AccountChanged(ACCOUNT.toString(), AccountMode.PAPER, TradingState.ACTIVE));
    assertThat(events.publish(bus)).isZero();
  }

  @Test
  void needsApprovalHandsOffToTheApprovalProcess() {
    TradingEvents events = new TradingEvents(CLOCK);
    TradingEngine e = engine(events, PreTradeOutcome.NEEDS_APPROVAL);
    e.submit(
        OrderIntent.market(ACCOUNT, new ClientOrderId("e2"), "EURUSD", Side.BUY, BigDecimal.ONE));
    Capturing bus = new Capturing();
    events.publish(bus);
    EventEnvelope last = bus.batches.getFirst().getLast();
    assertThat(last.type()).isEqualTo("trade.order.approval-requested");
    assertThat(last.payload()).contains("FIRST_LIVE_TRADE: ask first");
    OrderChanged held = new PayloadCodec().decode(EventContracts.ORDER_CHANGED, last);
    assertThat(held.state()).isEqualTo(OrderState.PENDING_APPROVAL);
    assertThat(held.reasons()).containsExactly("FIRST_LIVE_TRADE: ask first");
  }

  @Test
  void theApprovalHandOffCarriesTheNotionalTheRulesJudgedAndLaterChangesDoNot() {
    TradingEvents events = new TradingEvents(CLOCK);
    TradingEngine e =
        new TradingEngine(
            dir,
            r ->
                new PreTradeVerdict(
                    PreTradeOutcome.NEEDS_APPROVAL,
                    List.of("APPROVAL_NOTIONAL: above"),
                    "t",
                    null,
                    new BigDecimal("300000000.5")),
            CLOCK,
            events);
    e.connect(AccountMode.PAPER, new PaperVenue(new FillModel(Costs.NONE), e));
    e.openAccount(Account.open(ACCOUNT, TENANT));
    var order =
        e.submit(
                OrderIntent.market(
                    ACCOUNT, new ClientOrderId("e3"), "EURUSD", Side.BUY, BigDecimal.ONE))
            .order();
    e.approvalDecided(
        TENANT, order.id(), id.nusatrade.trading.engine.ApprovalOutcome.REJECTED, "officer-a");
    Capturing bus = new Capturing();
    events.publish(bus);
    PayloadCodec codec = new PayloadCodec();
    List<EventEnvelope> orders =
        bus.batches.getFirst().stream().filter(ev -> ev.type().startsWith("trade.order.")).toList();
    assertThat(orders)
        .extracting(EventEnvelope::type)
        .containsExactly("trade.order.approval-requested", "trade.order.changed");
    assertThat(codec.decode(EventContracts.ORDER_CHANGED, orders.get(0)).notional())
        .isEqualByComparingTo("300000000.5");
    OrderChanged rejected = codec.decode(EventContracts.ORDER_CHANGED, orders.get(1));
    assertThat(rejected.state()).isEqualTo(OrderState.REJECTED);
    assertThat(rejected.notional()).isNull();
  }

  @Test
  void aFailedBatchIsRetriedWithTheSameEventIds() {
    TradingEvents events = new TradingEvents(CLOCK);
    engine(events, PreTradeOutcome.ALLOW);
    Capturing bus = new Capturing();
    bus.failures = 1;
    assertThatThrownBy(() -> events.publish(bus)).hasMessage("broker down");
    assertThat(events.publish(bus)).isEqualTo(1);
    assertThat(bus.batches).hasSize(1);
    assertThat(bus.batches.getFirst()).isEqualTo(bus.attempts.getFirst());
  }
}
