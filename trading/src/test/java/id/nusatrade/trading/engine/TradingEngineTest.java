package id.nusatrade.trading.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.ExecutionId;
import id.nusatrade.domain.trading.ExecutionKind;
import id.nusatrade.domain.trading.ExecutionReport;
import id.nusatrade.domain.trading.ExitReason;
import id.nusatrade.domain.trading.Order;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.OrderType;
import id.nusatrade.domain.trading.PreTradeCheck;
import id.nusatrade.domain.trading.PreTradeOutcome;
import id.nusatrade.domain.trading.PreTradeVerdict;
import id.nusatrade.domain.trading.Protection;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.domain.trading.TradingState;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradingEngineTest {
  static final AccountId ACCOUNT = new AccountId(new UUID(1, 1));
  static final TenantId TENANT = new TenantId(new UUID(2, 2));
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  final AtomicInteger checks = new AtomicInteger();
  PreTradeCheck rules = allowAll();
  final RecordingVenue venue = new RecordingVenue();
  final List<ExecutionReport> fills = new ArrayList<>();

  PreTradeCheck allowAll() {
    return r -> {
      checks.incrementAndGet();
      return PreTradeVerdict.allow("test");
    };
  }

  TradingEngine start() {
    TradingEngine e = new TradingEngine(dir, r -> rules.check(r), CLOCK, TradingListener.NONE);
    e.openAccount(Account.open(ACCOUNT, TENANT));
    e.connect(AccountMode.PAPER, venue);
    return e;
  }

  static OrderIntent market(String id, Side side, String qty) {
    return OrderIntent.market(ACCOUNT, new ClientOrderId(id), "EURUSD", side, new BigDecimal(qty));
  }

  static ExecutionReport fill(String execId, Order o, String qty, String price) {
    return ExecutionReport.fill(
        new ExecutionId(execId),
        o.id(),
        new BigDecimal(qty),
        new BigDecimal(price),
        BigDecimal.ZERO,
        1);
  }

  @Test
  void theSameClientOrderIdTwiceIsOneOrderSentOnce() {
    TradingEngine e = start();
    SubmitResult first = e.submit(market("c-1", Side.BUY, "1"));
    SubmitResult second = e.submit(market("c-1", Side.BUY, "1"));
    assertThat(first.duplicate()).isFalse();
    assertThat(second.duplicate()).isTrue();
    assertThat(second.order()).isSameAs(first.order());
    assertThat(venue.placed).hasSize(1);
    assertThat(checks).hasValue(1);
    assertThat(first.order().state()).isEqualTo(OrderState.SENT);
  }

  @Test
  void aDuplicateExecutionReportFillsOnce() {
    TradingEngine e = start();
    Order o = e.submit(market("c-1", Side.BUY, "2")).order();
    ExecutionReport f = fill("x-1", o, "1", "1.1");
    e.onExecution(f);
    e.onExecution(f);
    e.onExecution(fill("x-1", o, "1", "1.1"));
    assertThat(o.filledQuantity()).isEqualByComparingTo("1");
    assertThat(o.state()).isEqualTo(OrderState.PARTIALLY_FILLED);
    assertThat(e.positions(ACCOUNT).getFirst().quantity()).isEqualByComparingTo("1");
    assertThat(e.duplicates()).isEqualTo(2);
  }

  @Test
  void aRestartRebuildsOrdersAndPositionsFromTheJournalAndStillAppliesNothingTwice() {
    TradingEngine e = start();
    Order a = e.submit(market("a", Side.BUY, "3")).order();
    Order b = e.submit(market("b", Side.SELL, "1")).order();
    e.onExecution(
        ExecutionReport.of(new ExecutionId("acc-a"), a.id(), ExecutionKind.ACCEPTED, 1, null));
    e.onExecution(fill("f-a1", a, "2", "1.10000"));
    e.onExecution(fill("f-a2", a, "1", "1.10030"));
    e.onExecution(fill("f-b1", b, "0.5", "1.10100"));
    e.tradingState(ACCOUNT, TradingState.REDUCING); // syncs the journal: the batch ends
    // no close: a crash right here

    RecordingVenue after = new RecordingVenue();
    TradingEngine r = new TradingEngine(dir, allowAll(), CLOCK, TradingListener.NONE);
    r.connect(AccountMode.PAPER, after);
    assertThat(r.account(ACCOUNT).tradingState()).isEqualTo(TradingState.REDUCING);
    List<OrderView> orders = r.orders(ACCOUNT);
    assertThat(orders)
        .extracting(OrderView::state)
        .containsExactly(OrderState.FILLED, OrderState.PARTIALLY_FILLED);
    // (2 × 1.10000 + 1 × 1.10030) / 3 = 1.10010
    assertThat(orders.getFirst().averagePrice()).isEqualByComparingTo("1.10010");
    PositionView p = r.positions(ACCOUNT).getFirst();
    // bought 3 at 1.10010, sold 0.5 at 1.10100: 2.5 left, realised (1.10100 − 1.10010) × 0.5
    assertThat(p.quantity()).isEqualByComparingTo("2.5");
    assertThat(p.realisedPnl()).isEqualByComparingTo("0.00045");
    // only the working order goes back to the venue
    assertThat(after.placed)
        .extracting(o -> o.intent().clientOrderId().value())
        .containsExactly("b");
    // the venue re-delivers a fill it sent before the crash, and the intent is retried
    r.onExecution(fill("f-a2", a, "1", "1.10030"));
    r.onExecution(fill("f-b1", b, "0.5", "1.10100"));
    assertThat(r.submit(market("a", Side.BUY, "3")).duplicate()).isTrue();
    assertThat(r.positions(ACCOUNT).getFirst().quantity()).isEqualByComparingTo("2.5");
    assertThat(r.duplicates()).isEqualTo(3);
    // a new order continues the numbering
    r.tradingState(ACCOUNT, TradingState.ACTIVE);
    assertThat(r.submit(market("c", Side.BUY, "1")).order().id().value()).isEqualTo(3);
  }

  @Test
  void aCrashBeforeTheBatchEndsLosesOnlyWhatNobodyOutsideSaw() {
    TradingEngine e = start();
    Order a = e.submit(market("a", Side.BUY, "1")).order(); // written before the venue saw it
    e.onExecution(fill("f-a", a, "1", "1.1")); // buffered: the batch has not ended
    TradingEngine r = new TradingEngine(dir, allowAll(), CLOCK, TradingListener.NONE);
    RecordingVenue after = new RecordingVenue();
    r.connect(AccountMode.PAPER, after);
    // the order survives and goes back to the venue, which fills it once more at most
    assertThat(r.orders(ACCOUNT)).extracting(OrderView::state).containsExactly(OrderState.SENT);
    assertThat(after.placed).extracting(Order::id).containsExactly(a.id());
    r.onExecution(fill("f-a", r.order(a.id()), "1", "1.1"));
    r.onExecution(fill("f-a", r.order(a.id()), "1", "1.1"));
    assertThat(r.positions(ACCOUNT).getFirst().quantity()).isEqualByComparingTo("1");
  }

  @Test
  void aRejectIsFinalAndNotEvaluatedAgain() {
    rules =
        r -> {
          checks.incrementAndGet();
          return new PreTradeVerdict(PreTradeOutcome.REJECT, List.of("max lots 1 exceeded"), "v7");
        };
    TradingEngine e = start();
    Order o = e.submit(market("big", Side.BUY, "5")).order();
    assertThat(o.state()).isEqualTo(OrderState.REJECTED);
    assertThat(o.reasons()).containsExactly("max lots 1 exceeded");
    assertThat(e.submit(market("big", Side.BUY, "5")).order()).isSameAs(o);
    assertThat(checks).hasValue(1);
    assertThat(venue.placed).isEmpty();
  }

  @Test
  void aRuleThatHaltsTheAccountHaltsItForTheNextIntentToo() {
    rules =
        r -> {
          checks.incrementAndGet();
          return new PreTradeVerdict(
              PreTradeOutcome.REJECT,
              List.of("MAX_DAILY_LOSS: lost too much"),
              "3",
              TradingState.HALTED);
        };
    TradingEngine e = start();
    e.submit(market("l1", Side.BUY, "1"));
    assertThat(e.account(ACCOUNT).tradingState()).isEqualTo(TradingState.HALTED);
    Order next = e.submit(market("l2", Side.BUY, "1")).order();
    assertThat(next.reasons().getFirst()).contains("HALTED");
    assertThat(checks).hasValue(1);
  }

  @Test
  void needsApprovalWaitsUntilTheApprovalArrives() {
    rules =
        r -> new PreTradeVerdict(PreTradeOutcome.NEEDS_APPROVAL, List.of("first live trade"), "v1");
    TradingEngine e = start();
    Order o = e.submit(market("ap", Side.BUY, "1")).order();
    Order d = e.submit(market("dn", Side.BUY, "1")).order();
    assertThat(o.state()).isEqualTo(OrderState.PENDING_APPROVAL);
    assertThat(venue.placed).isEmpty();
    e.approve(o.id());
    e.deny(d.id(), "officer: size too large");
    assertThat(o.state()).isEqualTo(OrderState.SENT);
    assertThat(venue.placed).containsExactly(o);
    assertThat(d.state()).isEqualTo(OrderState.REJECTED);
    assertThat(d.reasons()).containsExactly("officer: size too large");
    assertThatThrownBy(() -> e.approve(d.id())).hasMessageContaining("is REJECTED");
  }

  @Test
  void haltedRefusesBeforeTheRulesAndReducingOnlyShrinks() {
    TradingEngine e = start();
    Order open = e.submit(market("open", Side.BUY, "3")).order();
    e.onExecution(fill("f1", open, "3", "1.2"));
    e.tradingState(ACCOUNT, TradingState.HALTED);
    int before = checks.get();
    Order halted = e.submit(market("h", Side.SELL, "1")).order();
    assertThat(halted.state()).isEqualTo(OrderState.REJECTED);
    assertThat(halted.reasons().getFirst()).contains("HALTED");
    assertThat(checks).hasValue(before);

    e.tradingState(ACCOUNT, TradingState.REDUCING);
    assertThat(e.submit(market("r1", Side.SELL, "2")).order().state()).isEqualTo(OrderState.SENT);
    // 3 long, 2 already on their way out: only 1 more may go
    assertThat(e.submit(market("r2", Side.SELL, "2")).order().state())
        .isEqualTo(OrderState.REJECTED);
    assertThat(e.submit(market("r3", Side.SELL, "1")).order().state()).isEqualTo(OrderState.SENT);
    assertThat(e.submit(market("r4", Side.BUY, "1")).order().state())
        .isEqualTo(OrderState.REJECTED);
  }

  @Test
  void aStopLossFiresOnceOnTheTickAndNotAgainAfterARestart() {
    TradingEngine e = start();
    OrderIntent protectedBuy =
        new OrderIntent(
            ACCOUNT,
            new ClientOrderId("sl"),
            "EURUSD",
            Side.BUY,
            BigDecimal.ONE,
            OrderType.MARKET,
            null,
            null,
            new Protection(new BigDecimal("1.0950"), null, null));
    Order o = e.submit(protectedBuy).order();
    e.onExecution(fill("f1", o, "1", "1.1000"));
    e.flush();
    e.onTick(new Tick(new FeedId(TENANT, 1, "EURUSD"), 0, 2, 1.0960, 1.0962, 0, 0, 0));
    assertThat(venue.placed).hasSize(1);
    e.onTick(new Tick(new FeedId(TENANT, 1, "EURUSD"), 0, 3, 1.0950, 1.0952, 0, 0, 0));
    e.onTick(new Tick(new FeedId(TENANT, 1, "EURUSD"), 0, 4, 1.0940, 1.0942, 0, 0, 0));
    assertThat(venue.placed).hasSize(2);
    Order exit = venue.placed.get(1);
    assertThat(exit.exitReason()).isEqualTo(ExitReason.STOP_LOSS);
    assertThat(exit.intent().side()).isEqualTo(Side.SELL);
    assertThat(exit.intent().clientOrderId().value()).startsWith("~");

    e.flush();
    RecordingVenue after = new RecordingVenue();
    TradingEngine r = new TradingEngine(dir, allowAll(), CLOCK, TradingListener.NONE);
    r.connect(AccountMode.PAPER, after);
    r.onTick(new Tick(new FeedId(TENANT, 1, "EURUSD"), 0, 5, 1.0930, 1.0932, 0, 0, 0));
    assertThat(after.placed).extracting(Order::exitReason).containsExactly(ExitReason.STOP_LOSS);
  }

  @Test
  void closeAllFlattensEveryPositionOnceEvenWhenHalted() {
    TradingEngine e = start();
    Order a = e.submit(market("a", Side.BUY, "2")).order();
    Order b =
        e.submit(
                OrderIntent.market(
                    ACCOUNT, new ClientOrderId("b"), "XAUUSD", Side.SELL, BigDecimal.ONE))
            .order();
    e.onExecution(fill("fa", a, "2", "1.1"));
    e.onExecution(fill("fb", b, "1", "2650"));
    e.tradingState(ACCOUNT, TradingState.HALTED);
    List<Order> exits = e.closeAll(ACCOUNT);
    assertThat(exits)
        .extracting(
            o -> o.intent().side() + " " + o.intent().quantity() + " " + o.intent().symbol())
        .containsExactly("SELL 2 EURUSD", "BUY 1 XAUUSD");
    assertThat(e.closeAll(ACCOUNT)).isEmpty();
    e.onExecution(fill("fx1", exits.get(0), "2", "1.2"));
    e.onExecution(fill("fx2", exits.get(1), "1", "2600"));
    assertThat(e.positions(ACCOUNT)).isEmpty();
  }

  @Test
  void aReportThatCannotApplyChangesNothing() {
    List<String> anomalies = new ArrayList<>();
    TradingEngine e =
        new TradingEngine(
            dir,
            allowAll(),
            CLOCK,
            new TradingListener() {
              @Override
              public void anomaly(ExecutionReport report, String why) {
                anomalies.add(why);
              }
            });
    e.openAccount(Account.open(ACCOUNT, TENANT));
    e.connect(AccountMode.PAPER, venue);
    Order o = e.submit(market("c", Side.BUY, "1")).order();
    e.onExecution(fill("over", o, "2", "1.1"));
    e.onExecution(
        ExecutionReport.of(new ExecutionId("c1"), o.id(), ExecutionKind.CANCELLED, 1, null));
    e.onExecution(fill("late", o, "1", "1.1"));
    assertThat(anomalies)
        .containsExactly(
            "fill of 2 exceeds the 1 remaining", "order c cannot go from CANCELLED to FILLED");
    assertThat(o.state()).isEqualTo(OrderState.CANCELLED);
    assertThat(e.positions(ACCOUNT)).isEmpty();
  }

  @Test
  void liveWithoutAVenueIsRejectedAndReservedIdsAreRefused() {
    TradingEngine e = new TradingEngine(dir, allowAll(), CLOCK, TradingListener.NONE);
    e.openAccount(new Account(ACCOUNT, TENANT, AccountMode.LIVE, TradingState.ACTIVE));
    Order o = e.submit(market("c", Side.BUY, "1")).order();
    assertThat(o.reasons()).containsExactly("no LIVE venue is connected");
    assertThatThrownBy(() -> e.submit(market("~x1", Side.BUY, "1")))
        .hasMessageContaining("reserved");
    assertThatThrownBy(
            () ->
                e.submit(
                    OrderIntent.market(
                        new AccountId(new UUID(9, 9)),
                        new ClientOrderId("z"),
                        "EURUSD",
                        Side.BUY,
                        BigDecimal.ONE)))
        .isInstanceOf(UnknownAccountException.class);
  }
}
