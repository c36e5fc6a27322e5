package id.nusatrade.backtest.report;

import id.nusatrade.backtest.engine.BacktestResult;
import id.nusatrade.backtest.engine.Trade;
import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.trading.fill.Side;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML report: metrics of the strategy beside buy-and-hold, the price chart with every trade
 * marked, the equity curves and the drawdown, drawn by TradingView's lightweight-charts 4.2.3 (the
 * UI's version), whose standalone build is inlined so the file opens offline. Series longer than
 * {@value #MAX_POINTS} points are thinned for the charts (candles merged, curves sampled); the
 * metrics and the trade table always use every bar.
 */
public final class HtmlReport {
  static final int MAX_POINTS = 20_000;
  private static final String LIBRARY = "lightweight-charts.standalone.production.js";

  private HtmlReport() {}

  public static void write(Report report, Writer out) throws IOException {
    BacktestResult run = report.run();
    BarSeries bars = run.bars();
    int stride = Math.max(1, (bars.size() + MAX_POINTS - 1) / MAX_POINTS);
    Map<String, String> values = new HashMap<>();
    values.put("title", escape(report.strategy()));
    values.put(
        "subtitle",
        escape(
            report.timeframe()
                + " · "
                + bars.size()
                + " bars · fill "
                + report.fill()
                + " · "
                + report.input()));
    values.put("metrics", MetricsTable.html(report.metrics(), report.buyAndHold()));
    values.put("trades", tradeRows(run));
    values.put("library", resource(LIBRARY).replace("</script", "<\\/script"));
    values.put("candles", ChartData.candles(bars, stride));
    values.put("equity", ChartData.line(bars, run.equity(), stride));
    values.put("holdEquity", ChartData.line(bars, report.buyAndHoldRun().equity(), stride));
    values.put(
        "drawdown",
        ChartData.drawdown(bars, run.equity(), run.initialEquity().doubleValue(), stride));
    values.put("markers", ChartData.markers(bars, run.trades(), stride));
    String html = fill(resource("report.html"), values);
    out.write(html);
  }

  /** Replaces each {@code {{key}}} in one pass, so no inserted text is ever substituted again. */
  static String fill(String template, Map<String, String> values) {
    StringBuilder out = new StringBuilder(template.length() + 1 << 16);
    int at = 0;
    for (int open = template.indexOf("{{"); open >= 0; open = template.indexOf("{{", at)) {
      int close = template.indexOf("}}", open);
      String key = template.substring(open + 2, close);
      if (!values.containsKey(key)) {
        throw new IllegalStateException("report template has no value for " + key);
      }
      out.append(template, at, open).append(values.get(key));
      at = close + 2;
    }
    return out.append(template, at, template.length()).toString();
  }

  private static String tradeRows(BacktestResult run) {
    StringBuilder rows = new StringBuilder();
    int k = 0;
    for (Trade t : run.trades()) {
      rows.append("<tr><td>")
          .append(++k)
          .append("</td><td>")
          .append(t.side() == Side.BUY ? "long" : "short")
          .append("</td><td>")
          .append(ChartData.iso(t.entryTime()))
          .append("</td><td>")
          .append(t.entryPrice())
          .append("</td><td>")
          .append(ChartData.iso(t.exitTime()))
          .append("</td><td>")
          .append(t.exitPrice())
          .append("</td><td>")
          .append(t.quantity().stripTrailingZeros().toPlainString())
          .append("</td><td class=\"")
          .append(t.pnl().signum() < 0 ? "neg" : "pos")
          .append("\">")
          .append(t.pnl().stripTrailingZeros().toPlainString())
          .append("</td><td>")
          .append(t.exitReason().name().toLowerCase(Locale.ROOT).replace('_', ' '))
          .append("</td></tr>\n");
    }
    return rows.toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
