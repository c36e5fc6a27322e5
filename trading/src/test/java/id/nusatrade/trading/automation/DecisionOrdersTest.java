package id.nusatrade.trading.automation;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.billing.Entitlements;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.OrderType;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.rules.calendar.TradingCalendar;
import id.nusatrade.rules.engine.LiveRules;
import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.trading.check.RiskProfiles;
import id.nusatrade.trading.check.RulesPreTradeCheck;
import id.nusatrade.trading.engine.SubmitResult;
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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decisions become automated orders. Sizing expectations are hand-computed; the rules are the
 * shipped risk rules (profile {@code standard}: at most 500,000,000 notional per order, approval
 * above 250,000,000; an automated order needs a stop-loss).
 */
class DecisionOrdersTest {
  static final AccountId ACCOUNT = new AccountId(new UUID(9, 1));
  static final TenantId TENANT = new TenantId(new UUID(9, 2));
  static final Entitlements FREE = new Entitlements(100, false, false, false, false, 60);
  static final Entitlements PRO = new Entitlements(-1, true, true, false, false, 600);
  // Wednesday 10:00 New York: FX is open
  static final Clock OPEN = Clock.fixed(Instant.parse("2026-12-02T15:00:00Z"), ZoneOffset.UTC);
  static final BigDecimal MAX_NOTIONAL = new BigDecimal("500000000");
  // risk 1% of equity with the stop 50 pips away, in lots of 1,000 units
  static final DecisionOrders ORDERS =
      new DecisionOrders(
          new Sizing(new BigDecimal("0.01"), new BigDecimal("0.0050"), new BigDecimal("1000")));

  @TempDir Path dir;

  static BarDecision decision(long barTime, Advice advice) {
    return new BarDecision("EURUSD", barTime, advice, "m-3f2a", new BigDecimal("1.1000"));
  }

  @Test
  void aBuyIsSizedByTheRiskBudgetAndProtectedBelowTheClose() {
    DecisionOrder o =
        ORDERS.order(
            ACCOUNT,
            PRO,
            decision(1_764_000_000_000L, Advice.BUY),
            new BigDecimal("10000000"),
            MAX_NOTIONAL);
    // 10,000,000 × 0.01 ÷ 0.0050 = 20,000,000 units (notional 22,000,000: under the cap)
    assertThat(o.intent().quantity()).isEqualByComparingTo("20000000");
    assertThat(o.intent().side()).isEqualTo(Side.BUY);
    assertThat(o.intent().type()).isEqualTo(OrderType.MARKET);
    // 1.1000 − 0.0050
    assertThat(o.intent().protection().stopLoss()).isEqualByComparingTo("1.0950");
  }

  @Test
  void theRulesLargestNotionalCapsTheSizeInWholeLots() {
    DecisionOrder o =
        ORDERS.order(
            ACCOUNT, PRO, decision(1L, Advice.SELL), new BigDecimal("1000000000"), MAX_NOTIONAL);
    // wanted 1,000,000,000 × 0.01 ÷ 0.005 = 2,000,000,000; cap 500,000,000 ÷ 1.1 =
    // 454,545,454.54…, down to whole lots of 1,000: 454,545,000
    assertThat(o.intent().quantity()).isEqualByComparingTo("454545000");
    assertThat(o.intent().protection().stopLoss()).isEqualByComparingTo("1.1050");
  }

  @Test
  void holdAndATierWithoutAutomatedTradingOrderNothing() {
    assertThat(
            ORDERS
                .order(ACCOUNT, PRO, decision(1L, Advice.HOLD), BigDecimal.TEN, MAX_NOTIONAL)
                .ordered())
        .isFalse();
    DecisionOrder free =
        ORDERS.order(
            ACCOUNT, FREE, decision(1L, Advice.BUY), new BigDecimal("10000000"), MAX_NOTIONAL);
    assertThat(free.ordered()).isFalse();
    assertThat(free.refusal()).contains("automated trading");
  }

  @Test
  void theClientOrderIdIsTheSameForTheSameDecisionAndDiffersOtherwise() {
    ClientOrderId id =
        DecisionOrders.clientOrderId(ACCOUNT, decision(1_764_000_000_000L, Advice.BUY));
    assertThat(DecisionOrders.clientOrderId(ACCOUNT, decision(1_764_000_000_000L, Advice.BUY)))
        .isEqualTo(id);
    assertThat(DecisionOrders.clientOrderId(ACCOUNT, decision(1_764_000_060_000L, Advice.BUY)))
        .isNotEqualTo(id);
    assertThat(
            DecisionOrders.clientOrderId(
                new AccountId(new UUID(9, 9)), decision(1_764_000_000_000L, Advice.BUY)))
        .isNotEqualTo(id);
    // 1,764,000,000,000 in base 36 is "mijh8lc0"; then 16 hex digits of the hash
    assertThat(id.value()).startsWith("auto-midc1z40-").hasSize(30);
  }

  @Test
  void aRedeliveredDecisionIsOneOrderThroughTheRealRules() {
    TradingEngine engine = engine();
    SubmitResult first = engine.submit(proBuy());
    SubmitResult again = engine.submit(proBuy()); // the same decision, delivered again
    assertThat(first.order().state())
        .as(first.order().reasons().toString())
        .isEqualTo(OrderState.SENT);
    assertThat(again.duplicate()).isTrue();
    assertThat(again.order()).isSameAs(first.order());
    assertThat(engine.orders(ACCOUNT)).hasSize(1);
  }

  @Test
  void theRulesRejectAnAutomatedOrderWithoutAStopLossButNotAPersonsOrder() {
    TradingEngine engine = engine();
    OrderIntent sized = proBuy();
    OrderIntent unprotected =
        OrderIntent.market(ACCOUNT, sized.clientOrderId(), "EURUSD", Side.BUY, sized.quantity());
    assertThat(engine.submit(unprotected).order().reasons())
        .anyMatch(r -> r.startsWith("STOP_LOSS_REQUIRED"));
    OrderIntent byHand =
        OrderIntent.market(
            ACCOUNT, new ClientOrderId("hand-1"), "EURUSD", Side.BUY, sized.quantity());
    assertThat(engine.submit(byHand).order().state()).isEqualTo(OrderState.SENT);
  }

  static OrderIntent proBuy() {
    return ORDERS
        .order(ACCOUNT, PRO, decision(1L, Advice.BUY), new BigDecimal("10000000"), MAX_NOTIONAL)
        .intent();
  }

  TradingEngine engine() {
    TradingEngine e =
        new TradingEngine(
            dir,
            new RulesPreTradeCheck(
                LiveRules.withDefaults(RuleArea.RISK),
                TradingCalendar.load(),
                RiskProfiles.uniform(new BigDecimal("1000000000"), "standard"),
                OPEN),
            OPEN,
            TradingListener.NONE);
    e.openAccount(Account.open(ACCOUNT, TENANT));
    e.connect(AccountMode.PAPER, new PaperVenue(new FillModel(Costs.NONE), e));
    e.onTick(new Tick(new FeedId(TENANT, 1, "EURUSD"), 0, 0, 1.0999, 1.1000, 0, 0, 0));
    return e;
  }
}
