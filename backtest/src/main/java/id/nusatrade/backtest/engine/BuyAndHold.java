package id.nusatrade.backtest.engine;

import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.trading.fill.FillModel;
import id.nusatrade.trading.fill.Side;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The benchmark: all of the initial equity buys at the first fill the fill mode allows (the first
 * bar's open for next-open, its close for close), holds, and sells at the last bar's close, with
 * the same costs. Quantity is fractional (8 decimals, rounded down).
 */
public final class BuyAndHold {
  private BuyAndHold() {}

  public static BacktestResult run(
      BarSeries bars, FillModel fills, FillMode mode, BigDecimal initialEquity) {
    int n = bars.size();
    if (n == 0) {
      return new BacktestResult(
          bars, List.of(), List.of(), new byte[0], new double[0], 0, initialEquity, initialEquity);
    }
    double entry =
        fills.market(Side.BUY, mode == FillMode.CLOSE ? bars.close()[0] : bars.open()[0]);
    BigDecimal quantity =
        initialEquity
            .divide(BigDecimal.valueOf(entry), MathContext.DECIMAL64)
            .setScale(8, RoundingMode.DOWN);
    BigDecimal entryCommission = fills.commission(entry, quantity);
    double cash = initialEquity.subtract(entryCommission).doubleValue();
    double q = quantity.doubleValue();
    double[] equity = new double[n];
    for (int i = 0; i < n; i++) {
      equity[i] = cash + (bars.close()[i] - entry) * q;
    }
    double exit = fills.market(Side.SELL, bars.close()[n - 1]);
    BigDecimal exitCommission = fills.commission(exit, quantity);
    BigDecimal gross =
        BigDecimal.valueOf(exit).subtract(BigDecimal.valueOf(entry)).multiply(quantity);
    BigDecimal pnl = gross.subtract(entryCommission).subtract(exitCommission);
    equity[n - 1] = initialEquity.add(pnl).doubleValue();
    long[] time = bars.time();
    Trade trade =
        new Trade(
            Side.BUY,
            time[0],
            entry,
            time[n - 1],
            exit,
            quantity,
            pnl,
            0,
            n - 1,
            Trade.ExitReason.END_OF_DATA);
    return new BacktestResult(
        bars,
        List.of(trade),
        List.of(),
        new byte[n],
        equity,
        n,
        initialEquity,
        initialEquity.add(pnl));
  }
}
