package id.nusatrade.domain.trading;

import java.math.BigDecimal;

/**
 * Stop-loss, take-profit and trailing stop of one position, compared with the exit side's quote as
 * doubles (ticks are doubles; these are trigger levels, not money). The trailing stop follows the
 * best exit price seen since it was set: a long exits when the bid falls the distance below the
 * highest bid, a short when the ask rises the distance above the lowest ask.
 */
public final class ProtectiveStops {
  private boolean long_;
  private double stopLoss = Double.NaN;
  private double takeProfit = Double.NaN;
  private double trailing = Double.NaN;
  private double best = Double.NaN;
  private Protection protection = Protection.NONE;

  void set(Protection p, boolean isLong, double entry) {
    protection = p;
    long_ = isLong;
    stopLoss = value(p.stopLoss());
    takeProfit = value(p.takeProfit());
    trailing = value(p.trailingDistance());
    best = entry;
  }

  void clear() {
    set(Protection.NONE, long_, Double.NaN);
  }

  ExitReason check(double exitPrice) {
    if (long_) {
      if (exitPrice <= stopLoss) {
        return ExitReason.STOP_LOSS;
      }
      if (exitPrice >= takeProfit) {
        return ExitReason.TAKE_PROFIT;
      }
      if (exitPrice > best) {
        best = exitPrice;
      }
      return exitPrice <= best - trailing ? ExitReason.TRAILING_STOP : null;
    }
    if (exitPrice >= stopLoss) {
      return ExitReason.STOP_LOSS;
    }
    if (exitPrice <= takeProfit) {
      return ExitReason.TAKE_PROFIT;
    }
    if (exitPrice < best) {
      best = exitPrice;
    }
    return exitPrice >= best + trailing ? ExitReason.TRAILING_STOP : null;
  }

  /** What was attached (NONE when nothing is). */
  public Protection protection() {
    return protection;
  }

  /** The price the trailing stop would exit at now, or NaN without one. */
  public double trailingLevel() {
    return long_ ? best - trailing : best + trailing;
  }

  private static double value(BigDecimal d) {
    return d == null ? Double.NaN : d.doubleValue();
  }
}
