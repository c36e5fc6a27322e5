package id.nusatrade.backtest.report;

import java.math.BigDecimal;
import java.util.Locale;

/** The metrics as an HTML table: the strategy beside buy-and-hold. */
final class MetricsTable {
  private MetricsTable() {}

  static String html(Metrics s, Metrics b) {
    StringBuilder out = new StringBuilder();
    row(out, "Total return", pct(s.totalReturn()), pct(b.totalReturn()));
    row(out, "CAGR", pct(s.cagr()), pct(b.cagr()));
    row(out, "Sharpe", num(s.sharpe()), num(b.sharpe()));
    row(out, "Sortino", num(s.sortino()), num(b.sortino()));
    row(out, "Calmar", num(s.calmar()), num(b.calmar()));
    row(out, "Max drawdown", pct(s.maxDrawdown()), pct(b.maxDrawdown()));
    row(out, "Max drawdown peak → trough", span(s), span(b));
    row(out, "Win rate", pct(s.winRate()), pct(b.winRate()));
    row(out, "Profit factor", num(s.profitFactor()), num(b.profitFactor()));
    row(out, "Trades", String.valueOf(s.trades()), String.valueOf(b.trades()));
    row(out, "Exposure", pct(s.exposure()), pct(b.exposure()));
    row(out, "Average trade", money(s.averageTrade()), money(b.averageTrade()));
    row(out, "Net profit", money(s.netProfit()), money(b.netProfit()));
    return out.toString();
  }

  private static void row(StringBuilder out, String name, String strategy, String hold) {
    out.append("<tr><th>")
        .append(name)
        .append("</th><td>")
        .append(strategy)
        .append("</td><td>")
        .append(hold)
        .append("</td></tr>\n");
  }

  private static String span(Metrics m) {
    if (m.maxDrawdownPeakTime() == null) {
      return "–";
    }
    return ChartData.iso(m.maxDrawdownPeakTime()).substring(0, 10)
        + " → "
        + ChartData.iso(m.maxDrawdownTroughTime()).substring(0, 10);
  }

  private static String pct(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f %%", v * 100) : "–";
  }

  private static String num(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "–";
  }

  private static String money(BigDecimal v) {
    return v == null ? "–" : v.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
  }
}
