package id.nusatrade.trading.engine;

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
import id.nusatrade.domain.trading.PreTradeVerdict;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.trading.pnl.CurrencyPnl;
import id.nusatrade.trading.pnl.DailyPnl;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Daily P&amp;L per trading day in Jakarta time, in USD and IDR. Expected values by hand: bought
 * 1,000 EURUSD at 1.10000 (commission 0.50) at 23:59 WIB on 2 December, sold 400 at 1.10250
 * (commission 0.25) at 00:00 WIB on 3 December; now 15:00 WIB on 3 December, EURUSD bid 1.10100.
 */
class DailyPnlTest {
  static final TenantId TENANT = new TenantId(new UUID(3, 1));
  static final AccountId ACCOUNT = new AccountId(new UUID(3, 2));
  static final Clock NOW = Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);
  static final LocalDate DEC_2 = LocalDate.parse("2026-12-02");
  static final LocalDate DEC_3 = LocalDate.parse("2026-12-03");

  @TempDir Path dir;
  TradingEngine engine;

  @BeforeEach
  void trade() {
    engine = engine();
    fill(order("b", Side.BUY, "1000"), "1.10000", "0.50", "2026-12-02T16:59:00Z");
    fill(order("s", Side.SELL, "400"), "1.10250", "0.25", "2026-12-02T17:00:00Z");
    tick("EURUSD", 1.10100, 1.10120);
  }

  TradingEngine engine() {
    TradingEngine e =
        new TradingEngine(dir, r -> PreTradeVerdict.allow("t"), NOW, TradingListener.NONE);
    e.openAccount(Account.open(ACCOUNT, TENANT));
    e.connect(AccountMode.PAPER, new RecordingVenue());
    return e;
  }

  Order order(String id, Side side, String qty) {
    return engine
        .submit(
            OrderIntent.market(ACCOUNT, new ClientOrderId(id), "EURUSD", side, new BigDecimal(qty)))
        .order();
  }

  void fill(Order o, String price, String commission, String at) {
    engine.onExecution(
        ExecutionReport.fill(
            new ExecutionId("f-" + o.id()),
            o.id(),
            o.intent().quantity(),
            new BigDecimal(price),
            new BigDecimal(commission),
            Instant.parse(at).toEpochMilli()));
  }

  void tick(String symbol, double bid, double ask) {
    engine.onTick(new Tick(new FeedId(TENANT, 1, symbol), 0, 0, bid, ask, 0, 0, 0));
  }

  @Test
  void todayIsRealisedLessCommissionsPlusUnrealisedAtTheTenantsUsdIdrMid() {
    tick("USDIDR", 16000, 16010);
    DailyPnl today = engine.dailyPnl(ACCOUNT, DEC_3, Map.of());
    CurrencyPnl usd = today.currencies().getFirst();
    assertThat(usd.currency()).isEqualTo("USD");
    // (1.10250 − 1.10000) × 400 = 1.00
    assertThat(usd.realised()).isEqualByComparingTo("1.00");
    assertThat(usd.commissions()).isEqualByComparingTo("0.25");
    // 600 left, marked at the bid: (1.10100 − 1.10000) × 600 = 0.60
    assertThat(usd.unrealised()).isEqualByComparingTo("0.60");
    assertThat(usd.net()).isEqualByComparingTo("1.35");
    // mid (16000 + 16010) / 2 = 16005; 1.35 × 16005 = 21606.75
    assertThat(usd.idrRate()).isEqualByComparingTo("16005");
    assertThat(usd.rateSource()).isEqualTo("feed USDIDR mid");
    assertThat(today.netIdr()).isEqualByComparingTo("21606.75");
  }

  @Test
  void aPastDayHasOnlyItsOwnFillsAndNoUnrealised() {
    DailyPnl yesterday = engine.dailyPnl(ACCOUNT, DEC_2, Map.of("USD", new BigDecimal("16000")));
    CurrencyPnl usd = yesterday.currencies().getFirst();
    assertThat(usd.realised()).isEqualByComparingTo("0");
    assertThat(usd.commissions()).isEqualByComparingTo("0.50");
    assertThat(usd.unrealised()).isEqualByComparingTo("0");
    // −0.50 × 16000 (the reference rate: the tenant streams no USDIDR)
    assertThat(usd.rateSource()).isEqualTo("reference rate");
    assertThat(yesterday.netIdr()).isEqualByComparingTo("-8000.00");
  }

  @Test
  void withoutAnyRateTheIdrTotalIsUnknownAndSaysWhich() {
    DailyPnl today = engine.dailyPnl(ACCOUNT, DEC_3, Map.of());
    assertThat(today.netIdr()).isNull();
    assertThat(today.missingRates()).containsExactly("USD");
    assertThat(today.currencies().getFirst().netIdr()).isNull();
  }

  @Test
  void theLedgerIsRebuiltFromTheJournal() {
    engine.flush();
    engine = engine(); // a restart over the same journal, before any quote
    DailyPnl today = engine.dailyPnl(ACCOUNT, DEC_3, Map.of("USD", new BigDecimal("16000")));
    // no quote yet: realised 1.00 − commissions 0.25 = 0.75 × 16000
    assertThat(today.netIdr()).isEqualByComparingTo("12000.00");
  }
}
