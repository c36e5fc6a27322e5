package id.nusatrade.trading.check;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderType;
import id.nusatrade.domain.trading.PreTradeOutcome;
import id.nusatrade.domain.trading.PreTradeRequest;
import id.nusatrade.domain.trading.PreTradeVerdict;
import id.nusatrade.domain.trading.Protection;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.domain.trading.TradingState;
import id.nusatrade.rules.calendar.TradingCalendar;
import id.nusatrade.rules.engine.LiveRules;
import id.nusatrade.rules.engine.RuleArea;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped risk rules through the adapter. Expectations read off risk-limits.csv, profile {@code
 * standard}: max notional per order 500,000,000, approval above 250,000,000; FX sessions.
 */
class RulesPreTradeCheckTest {
  static final AccountId ACCOUNT = new AccountId(new UUID(5, 5));
  // Wednesday 2026-12-02 10:00 New York: FX is open
  static final Clock OPEN = Clock.fixed(Instant.parse("2026-12-02T15:00:00Z"), ZoneOffset.UTC);
  // Saturday 2026-12-05: FX is closed
  static final Clock SATURDAY = Clock.fixed(Instant.parse("2026-12-05T15:00:00Z"), ZoneOffset.UTC);
  static LiveRules risk;
  static TradingCalendar calendar;

  @BeforeAll
  static void compile() {
    risk = LiveRules.withDefaults(RuleArea.RISK);
    calendar = TradingCalendar.load();
  }

  static PreTradeVerdict check(
      Clock clock, AccountMode mode, String qty, OrderType type, String price, String quote) {
    RulesPreTradeCheck check =
        new RulesPreTradeCheck(
            risk, calendar, RiskProfiles.uniform(new BigDecimal("1000000000"), "standard"), clock);
    OrderIntent intent =
        new OrderIntent(
            ACCOUNT,
            new ClientOrderId("r"),
            "EURUSD",
            Side.BUY,
            new BigDecimal(qty),
            type,
            type == OrderType.LIMIT ? new BigDecimal(price) : null,
            null,
            Protection.NONE);
    return check.check(
        new PreTradeRequest(
            new TenantId(new UUID(6, 6)),
            mode,
            TradingState.ACTIVE,
            intent,
            BigDecimal.ZERO,
            quote == null ? null : new BigDecimal(quote)));
  }

  @Test
  void aSmallOrderInSessionIsAllowed() {
    PreTradeVerdict v = check(OPEN, AccountMode.PAPER, "1000", OrderType.MARKET, null, "1.1");
    assertThat(v.outcome()).isEqualTo(PreTradeOutcome.ALLOW);
    assertThat(v.version()).isEqualTo("1");
  }

  @Test
  void aNotionalAboveTheMaximumIsRejectedWithTheRuleCode() {
    // 600,000,000 × 1 = 600,000,000 > 500,000,000
    PreTradeVerdict v = check(OPEN, AccountMode.PAPER, "600000000", OrderType.LIMIT, "1", null);
    assertThat(v.outcome()).isEqualTo(PreTradeOutcome.REJECT);
    assertThat(v.reasons()).anyMatch(r -> r.startsWith("MAX_NOTIONAL_PER_ORDER: "));
  }

  @Test
  void aNotionalAboveTheApprovalThresholdNeedsApproval() {
    // 300,000,000 × 1: above 250,000,000, below 500,000,000
    PreTradeVerdict v = check(OPEN, AccountMode.PAPER, "300000000", OrderType.LIMIT, "1", null);
    assertThat(v.outcome()).isEqualTo(PreTradeOutcome.NEEDS_APPROVAL);
    assertThat(v.reasons()).singleElement().asString().startsWith("APPROVAL_NOTIONAL: ");
  }

  @Test
  void theFirstLiveTradeNeedsApproval() {
    PreTradeVerdict v = check(OPEN, AccountMode.LIVE, "1000", OrderType.MARKET, null, "1.1");
    assertThat(v.outcome()).isEqualTo(PreTradeOutcome.NEEDS_APPROVAL);
    assertThat(v.reasons()).singleElement().asString().startsWith("FIRST_LIVE_TRADE: ");
  }

  @Test
  void aLiveAccountThatHasSentAnOrderIsPastItsFirstLiveTradeWhateverTheProfilesSay() {
    // the uniform profiles say 0 live trades for every account; the engine's count wins
    RulesPreTradeCheck check =
        new RulesPreTradeCheck(
            risk, calendar, RiskProfiles.uniform(new BigDecimal("1000000000"), "standard"), OPEN);
    OrderIntent intent =
        OrderIntent.market(
            ACCOUNT, new ClientOrderId("l"), "EURUSD", Side.BUY, new BigDecimal("1000"));
    PreTradeVerdict first = check.check(live(intent, 0L));
    PreTradeVerdict second = check.check(live(intent, 1L));

    assertThat(first.outcome()).isEqualTo(PreTradeOutcome.NEEDS_APPROVAL);
    assertThat(first.reasons()).singleElement().asString().startsWith("FIRST_LIVE_TRADE: ");
    // 1000 x 1.1 = 1,100: the notional the rules judged travels with the verdict
    assertThat(first.notional()).isEqualByComparingTo("1100");
    assertThat(second.outcome()).isEqualTo(PreTradeOutcome.ALLOW);
  }

  private static PreTradeRequest live(OrderIntent intent, long liveOrdersSent) {
    return new PreTradeRequest(
        new TenantId(new UUID(6, 6)),
        AccountMode.LIVE,
        TradingState.ACTIVE,
        intent,
        BigDecimal.ZERO,
        new BigDecimal("1.1"),
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        0,
        null,
        liveOrdersSent);
  }

  @Test
  void outsideTheSessionIsRejected() {
    PreTradeVerdict v = check(SATURDAY, AccountMode.PAPER, "1000", OrderType.MARKET, null, "1.1");
    assertThat(v.outcome()).isEqualTo(PreTradeOutcome.REJECT);
    assertThat(v.reasons()).anyMatch(r -> r.startsWith("MARKET_CLOSED: "));
  }

  @Test
  void aMarketOrderWithoutAQuoteCannotBeValued() {
    PreTradeVerdict v = check(OPEN, AccountMode.PAPER, "1", OrderType.MARKET, null, null);
    assertThat(v.outcome()).isEqualTo(PreTradeOutcome.REJECT);
    assertThat(v.reasons()).containsExactly("NO_PRICE: no quote for EURUSD yet to value the order");
  }
}
