package id.nusatrade.rules.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Profit and loss of the account's current trading day (realized plus unrealized, account
 * currency); {@code loss} is the day's net loss as a positive amount, zero on a winning day.
 */
public record DailyPnl(
    LocalDate tradingDay, BigDecimal realized, BigDecimal unrealized, BigDecimal loss) {
  public static DailyPnl of(LocalDate tradingDay, BigDecimal realized, BigDecimal unrealized) {
    BigDecimal net = realized.add(unrealized);
    return new DailyPnl(
        tradingDay, realized, unrealized, net.signum() < 0 ? net.negate() : BigDecimal.ZERO);
  }
}
