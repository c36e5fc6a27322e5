package id.nusatrade.backtest.report;

import id.nusatrade.backtest.engine.Trade;
import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.trading.fill.Side;
import java.time.Instant;
import java.util.List;

/**
 * The charts' data as JavaScript array literals (times in UTC seconds, as lightweight-charts takes
 * them). With a stride above 1, groups of bars become one candle and curves take each group's last
 * value; a trade's marker sits on its group.
 */
final class ChartData {
  private ChartData() {}

  static String candles(BarSeries bars, int stride) {
    StringBuilder out = new StringBuilder("[");
    for (int start = 0; start < bars.size(); start += stride) {
      int end = Math.min(bars.size(), start + stride);
      double high = Double.NEGATIVE_INFINITY;
      double low = Double.POSITIVE_INFINITY;
      for (int i = start; i < end; i++) {
        high = Math.max(high, bars.high()[i]);
        low = Math.min(low, bars.low()[i]);
      }
      out.append("{time:")
          .append(seconds(bars.time()[start]))
          .append(",open:")
          .append(bars.open()[start])
          .append(",high:")
          .append(high)
          .append(",low:")
          .append(low)
          .append(",close:")
          .append(bars.close()[end - 1])
          .append("},");
    }
    return out.append("]").toString();
  }

  static String line(BarSeries bars, double[] values, int stride) {
    StringBuilder out = new StringBuilder("[");
    for (int start = 0; start < bars.size(); start += stride) {
      int last = Math.min(bars.size(), start + stride) - 1;
      out.append("{time:")
          .append(seconds(bars.time()[start]))
          .append(",value:")
          .append(values[last])
          .append("},");
    }
    return out.append("]").toString();
  }

  /** Drawdown from the running peak in percent (≤ 0), the initial equity counting as a peak. */
  static String drawdown(BarSeries bars, double[] equity, double initial, int stride) {
    double[] dd = new double[equity.length];
    double peak = initial;
    for (int i = 0; i < equity.length; i++) {
      peak = Math.max(peak, equity[i]);
      dd[i] = Math.round((equity[i] / peak - 1) * 1e6) / 1e4;
    }
    return line(bars, dd, stride);
  }

  static String markers(BarSeries bars, List<Trade> trades, int stride) {
    StringBuilder out = new StringBuilder("[");
    for (Trade t : trades) {
      boolean isLong = t.side() == Side.BUY;
      marker(
          out, bars, t.entryBar(), stride, isLong, true, (isLong ? "L " : "S ") + t.entryPrice());
      marker(out, bars, t.exitBar(), stride, !isLong, false, "x " + t.exitPrice());
    }
    return out.append("]").toString();
  }

  private static void marker(
      StringBuilder out,
      BarSeries bars,
      int bar,
      int stride,
      boolean buy,
      boolean entry,
      String text) {
    out.append("{time:")
        .append(seconds(bars.time()[bar / stride * stride]))
        .append(",position:'")
        .append(buy ? "belowBar" : "aboveBar")
        .append("',color:'")
        .append(entry ? (buy ? "#1e88e5" : "#e53935") : "#616161")
        .append("',shape:'")
        .append(buy ? "arrowUp" : "arrowDown")
        .append("',text:'")
        .append(text)
        .append("'},");
  }

  static long seconds(long millis) {
    return Math.floorDiv(millis, 1000);
  }

  static String iso(long millis) {
    return Instant.ofEpochMilli(millis).toString();
  }
}
