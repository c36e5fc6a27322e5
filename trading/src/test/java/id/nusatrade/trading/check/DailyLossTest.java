package id.nusatrade.trading.check;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.ExecutionId;
import id.nusatrade.domain.trading.ExecutionReport;
import id.nusatrade.domain.trading.Order;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.domain.trading.TradingState;
import id.nusatrade.domain.trading.Venue;
import id.nusatrade.rules.calendar.TradingCalendar;
import id.nusatrade.rules.engine.LiveRules;
import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.trading.engine.TradingEngine;
import id.nusatrade.trading.engine.TradingListener;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine feeds the shipped risk rules the account's P&amp;L of today in IDR and its losing
 * streak. Limits by hand from risk-limits.csv, profile {@code standard}: maximum daily loss
 * 50,000,000 (IDR), cool-down after 3 consecutive losses for 30 minutes. Now: Wednesday 2 December
 * 2026 15:00 UTC (22:00 WIB, FX open); fills earlier the same Jakarta day. EURUSD is worth 16,000
 * IDR per USD of P&amp;L (the configured reference rate).
 */
class DailyLossTest {
  static final TenantId TENANT = new TenantId(new UUID(9, 1));
  static final AccountId ACCOUNT = new AccountId(new UUID(9, 2));
  static final Clock NOW = Clock.fixed(Instant.parse("2026-12-02T15:00:00Z"), ZoneOffset.UTC);
  static final Map<String, BigDecimal> USD_16000 = Map.of("USD", new BigDecimal("16000"));
  static LiveRules risk;

  @TempDir Path dir;
  TradingEngine engine;
  int ids;

  @BeforeAll
  static void compile() {
    risk = LiveRules.withDefaults(RuleArea.RISK);
  }

  @BeforeEach
  void engine() {
    RulesPreTradeCheck check =
        new RulesPreTradeCheck(
            risk,
            TradingCalendar.load(),
            RiskProfiles.uniform(new BigDecimal("100000000000"), "standard"),
            new SecondPerReading(NOW.instant().minusSeconds(60)));
    engine = new TradingEngine(dir, check, NOW, TradingListener.NONE);
    engine.openAccount(Account.open(ACCOUNT, TENANT));
    engine.connect(
        AccountMode.PAPER,
        new Venue() {
          @Override
          public void place(TenantId tenant, Order order) {}

          @Override
          public void cancel(TenantId tenant, Order order) {}
        });
  }

  Order submit(Side side, String qty) {
    return engine
        .submit(
            OrderIntent.market(
                ACCOUNT, new ClientOrderId("o" + ++ids), "EURUSD", side, new BigDecimal(qty)))
        .order();
  }

  void fill(Order o, String price, String at) {
    assertThat(o.state()).as("%s", o.reasons()).isEqualTo(OrderState.SENT);
    engine.onExecution(
        ExecutionReport.fill(
            new ExecutionId("f-" + o.id()),
            o.id(),
            o.intent().quantity(),
            new BigDecimal(price),
            BigDecimal.ZERO,
            Instant.parse(at).toEpochMilli()));
  }

  void tick(double bid, double ask) {
    engine.onTick(new Tick(new FeedId(TENANT, 1, "EURUSD"), 0, 0, bid, ask, 0, 0, 0));
  }

  /**
   * Buys 100,000 EURUSD at 1.10000 and sells them at {@code exit} (the market is quoted at 1.10000:
   * at the limit, the rules would not let even the closing order through).
   */
  void roundTrip(String exit, String at) {
    tick(1.1, 1.1);
    fill(submit(Side.BUY, "100000"), "1.10000", at);
    fill(submit(Side.SELL, "100000"), exit, at);
  }

  /**
   * The rules' clock: one second later at every reading (so the order-rate limit of 5 per second
   * stays out of the way), starting a minute before now.
   */
  static final class SecondPerReading extends Clock {
    private Instant t;

    SecondPerReading(Instant start) {
      t = start;
    }

    @Override
    public Instant instant() {
      t = t.plusSeconds(1);
      return t;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void realisedLossesAboveTheMaximumRejectTheNextIntentAndHaltTheAccount() {
    engine.referenceRates(USD_16000);
    // (1.06 − 1.10) × 100,000 = −4,000 USD × 16,000 = −64,000,000 IDR ≥ 50,000,000
    roundTrip("1.06000", "2026-12-02T09:00:00Z");

    Order next = submit(Side.BUY, "1000");

    assertThat(next.state()).isEqualTo(OrderState.REJECTED);
    assertThat(next.reasons()).singleElement().asString().startsWith("MAX_DAILY_LOSS");
    assertThat(next.reasons().getFirst()).contains("64000000");
    assertThat(engine.account(ACCOUNT).tradingState()).isEqualTo(TradingState.HALTED);
  }

  @Test
  void aLossBelowTheMaximumIsAllowed() {
    engine.referenceRates(USD_16000);
    // (1.08 − 1.10) × 100,000 = −2,000 USD × 16,000 = −32,000,000 IDR < 50,000,000
    roundTrip("1.08000", "2026-12-02T09:00:00Z");

    Order next = submit(Side.BUY, "1000");

    assertThat(next.state()).isEqualTo(OrderState.SENT);
    assertThat(engine.account(ACCOUNT).tradingState()).isEqualTo(TradingState.ACTIVE);
  }

  @Test
  void anOpenPositionsUnrealisedLossCountsToo() {
    engine.referenceRates(USD_16000);
    roundTrip("1.08000", "2026-12-02T09:00:00Z"); // −32,000,000 realised
    fill(submit(Side.BUY, "100000"), "1.08000", "2026-12-02T10:00:00Z");
    // marked at the bid 1.06: (1.06 − 1.08) × 100,000 = −2,000 USD = −32,000,000 unrealised
    tick(1.06, 1.06002);

    Order next = submit(Side.BUY, "1000");

    assertThat(next.state()).isEqualTo(OrderState.REJECTED);
    assertThat(next.reasons().getFirst()).startsWith("MAX_DAILY_LOSS").contains("64000000");
  }

  @Test
  void yesterdaysLossDoesNotCountToday() {
    engine.referenceRates(USD_16000);
    // 16:59 UTC on 1 December is 23:59 WIB, the trading day before
    roundTrip("1.06000", "2026-12-01T16:59:00Z");

    assertThat(submit(Side.BUY, "1000").state()).isEqualTo(OrderState.SENT);
  }

  @Test
  void withoutAnIdrRateTheDailyLossIsUnknownAndNotJudged() {
    // no USDIDR quote and no reference rate: −4,000 USD cannot be compared with an IDR limit
    roundTrip("1.06000", "2026-12-02T09:00:00Z");

    assertThat(submit(Side.BUY, "1000").state()).isEqualTo(OrderState.SENT);
    assertThat(engine.account(ACCOUNT).tradingState()).isEqualTo(TradingState.ACTIVE);
  }

  @Test
  void threeLosingTradesInARowCoolTheAccountDownForThirtyMinutes() {
    engine.referenceRates(USD_16000);
    roundTrip("1.09990", "2026-12-02T14:40:00Z"); // −10 USD each
    roundTrip("1.09990", "2026-12-02T14:45:00Z");
    roundTrip("1.09990", "2026-12-02T14:50:00Z"); // 10 minutes before now

    Order next = submit(Side.BUY, "1000");

    assertThat(next.state()).isEqualTo(OrderState.REJECTED);
    assertThat(next.reasons()).singleElement().asString().startsWith("COOL_DOWN");
  }

  @Test
  void aWinningTradeEndsTheLosingStreak() {
    engine.referenceRates(USD_16000);
    roundTrip("1.09990", "2026-12-02T14:40:00Z");
    roundTrip("1.09990", "2026-12-02T14:45:00Z");
    roundTrip("1.10010", "2026-12-02T14:48:00Z"); // +10 USD
    roundTrip("1.09990", "2026-12-02T14:50:00Z");

    assertThat(submit(Side.BUY, "1000").state()).isEqualTo(OrderState.SENT);
  }

  @Test
  void theStreakIsRebuiltFromTheJournalAfterARestart() {
    engine.referenceRates(USD_16000);
    roundTrip("1.09990", "2026-12-02T14:40:00Z");
    roundTrip("1.09990", "2026-12-02T14:45:00Z");
    roundTrip("1.09990", "2026-12-02T14:50:00Z");
    engine.flush();
    engine.close();
    engine();
    tick(1.1, 1.1);

    assertThat(submit(Side.BUY, "1000").reasons())
        .singleElement()
        .asString()
        .startsWith("COOL_DOWN");
  }
}
