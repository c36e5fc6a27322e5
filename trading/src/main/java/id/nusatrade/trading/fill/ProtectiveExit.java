package id.nusatrade.trading.fill;

/**
 * A position's stop-loss and take-profit inside one bar. The order of prices within a bar is
 * unknown, so the rule is conservative: when the bar's range reaches both, the stop-loss fills. A
 * bar that opens beyond a level fills it at the open (a stop worse, a take-profit better).
 */
public final class ProtectiveExit {
  /** Why a position left in a bar. */
  public enum Reason {
    STOP_LOSS,
    TAKE_PROFIT
  }

  /** The exit: the fill price and which level filled. */
  public record Exit(double price, Reason reason) {}

  private final FillModel fills;

  public ProtectiveExit(FillModel fills) {
    this.fills = fills;
  }

  /**
   * The exit of a position opened by {@code entrySide} in this bar, or {@code null} when neither
   * level is reached. A level of {@code NaN} is absent.
   */
  public Exit check(
      Side entrySide, double stopLoss, double takeProfit, double open, double high, double low) {
    Side close = entrySide.opposite();
    boolean hasProfit = !Double.isNaN(takeProfit);
    if (hasProfit && !Double.isNaN(fills.limit(close, takeProfit, open, open, open))) {
      // the open is the bar's first price: a gap through the take-profit fills before any stop
      return new Exit(fills.limit(close, takeProfit, open, high, low), Reason.TAKE_PROFIT);
    }
    double stopFill =
        Double.isNaN(stopLoss) ? Double.NaN : fills.stop(close, stopLoss, open, high, low);
    if (!Double.isNaN(stopFill)) {
      return new Exit(stopFill, Reason.STOP_LOSS);
    }
    double profitFill = !hasProfit ? Double.NaN : fills.limit(close, takeProfit, open, high, low);
    return Double.isNaN(profitFill) ? null : new Exit(profitFill, Reason.TAKE_PROFIT);
  }
}
