package id.nusatrade.rules.scenario;

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
import java.time.Instant;
import java.time.ZoneId;

/**
 * Builds a {@link RiskInput} from a few values, each defaulting to an ordinary order that the
 * default rules allow: a LIVE, ACTIVE account (standard profile, equity 1,000,000,000, ten live
 * trades) buying 1,000 BBCA at 9,000 with a stop-loss on Wednesday 2 December 2026 at 10:00 WIB,
 * flat, no loss today, no recent orders, no losing streak.
 */
public final class RiskFacts {
  public String accountId = "ACC-1";
  public TradingState tradingState = TradingState.ACTIVE;
  public AccountMode mode = AccountMode.LIVE;
  public BigDecimal equity = new BigDecimal("1000000000");
  public long liveTradesSoFar = 10;
  public String riskProfile = "standard";
  public String symbol = "BBCA";
  public Market market = Market.IDX;
  public Side side = Side.BUY;
  public BigDecimal quantity = new BigDecimal("1000");
  public BigDecimal price = new BigDecimal("9000");
  public BigDecimal contractSize = BigDecimal.ONE;
  public BigDecimal stopLoss = new BigDecimal("8500");
  public boolean automated;
  public Instant at =
      java.time.LocalDateTime.parse("2026-12-02T10:00")
          .atZone(ZoneId.of("Asia/Jakarta"))
          .toInstant();
  public BigDecimal position = BigDecimal.ZERO;
  public BigDecimal totalExposure = BigDecimal.ZERO;
  public BigDecimal realizedToday = BigDecimal.ZERO;
  public BigDecimal unrealizedToday = BigDecimal.ZERO;
  public int ordersLastSecond;
  public int consecutiveLosses;
  public Instant lastLossAt;

  /** The input, with the market session taken from {@code calendar} at the intent's time. */
  public RiskInput build(TradingCalendar calendar) {
    OrderIntent intent =
        OrderIntent.of(
            accountId,
            symbol,
            market,
            side,
            quantity,
            price,
            contractSize,
            stopLoss,
            automated,
            at);
    Account account =
        new Account(accountId, tradingState, mode, equity, liveTradesSoFar, riskProfile);
    return new RiskInput(
        intent,
        account,
        Exposure.of(intent, position, totalExposure, equity),
        DailyPnl.of(
            at.atZone(ZoneId.of("Asia/Jakarta")).toLocalDate(), realizedToday, unrealizedToday),
        new OrderRate(ordersLastSecond),
        new LossStreak(consecutiveLosses, lastLossAt),
        calendar.session(market, at));
  }
}
