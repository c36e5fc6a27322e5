package id.nusatrade.rules.lifecycle;

import id.nusatrade.rules.calendar.TradingCalendar;
import id.nusatrade.rules.engine.RiskInput;
import id.nusatrade.rules.model.Account;
import id.nusatrade.rules.model.AccountMode;
import id.nusatrade.rules.model.DailyPnl;
import id.nusatrade.rules.model.Exposure;
import id.nusatrade.rules.model.LossStreak;
import id.nusatrade.rules.model.Market;
import id.nusatrade.rules.model.OrderIntent;
import id.nusatrade.rules.model.OrderRate;
import id.nusatrade.rules.model.Side;
import id.nusatrade.rules.model.TradingState;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * An order intent for business staff's dry run ({@code POST /rule-sets/risk/evaluate}): judged now,
 * as the server's paper accounts are (an ACTIVE PAPER account with the {@code standard} profile and
 * 1,000,000,000 equity, no position, no recent orders; every symbol FX with contract size 1), so
 * the answer shows what the live rules say about the order itself. {@code dailyLoss} is the
 * account's net loss so far today as a positive amount (none when null), so business staff can see
 * the maximum daily loss act.
 */
public record DryRun(
    String symbol,
    Side side,
    BigDecimal quantity,
    BigDecimal price,
    String accountId,
    BigDecimal dailyLoss) {
  static final BigDecimal EQUITY = new BigDecimal("1000000000");
  static final String PROFILE = "standard";
  private static final ZoneId TRADING_DAY = ZoneId.of("Asia/Jakarta");

  public DryRun {
    if (symbol == null || symbol.isBlank()) {
      throw new IllegalArgumentException("symbol is required");
    }
    Objects.requireNonNull(side, "side is required (BUY or SELL)");
    if (quantity == null || quantity.signum() <= 0) {
      throw new IllegalArgumentException("quantity must be a positive number");
    }
    if (price == null || price.signum() <= 0) {
      throw new IllegalArgumentException("price must be a positive number");
    }
    accountId = accountId == null || accountId.isBlank() ? "dry-run" : accountId;
    if (dailyLoss != null && dailyLoss.signum() < 0) {
      throw new IllegalArgumentException(
          "dailyLoss is the day's loss as a positive amount (0 or more), not " + dailyLoss);
    }
    dailyLoss = dailyLoss == null ? BigDecimal.ZERO : dailyLoss;
  }

  /** An intent of an account with no loss today. */
  public DryRun(String symbol, Side side, BigDecimal quantity, BigDecimal price, String accountId) {
    this(symbol, side, quantity, price, accountId, null);
  }

  /** The risk rules' facts for this intent at the clock's instant. */
  RiskInput input(TradingCalendar calendar, Clock clock) {
    Instant now = clock.instant();
    OrderIntent intent =
        OrderIntent.of(
            accountId, symbol, Market.FX, side, quantity, price, BigDecimal.ONE, null, false, now);
    Account account =
        new Account(accountId, TradingState.ACTIVE, AccountMode.PAPER, EQUITY, 0, PROFILE);
    return new RiskInput(
        intent,
        account,
        Exposure.of(intent, BigDecimal.ZERO, BigDecimal.ZERO, EQUITY),
        DailyPnl.of(now.atZone(TRADING_DAY).toLocalDate(), dailyLoss.negate(), BigDecimal.ZERO),
        new OrderRate(0),
        LossStreak.NONE,
        calendar.session(Market.FX, now));
  }
}
