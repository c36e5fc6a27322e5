package id.nusatrade.backtest.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import id.nusatrade.backtest.engine.Trade;
import id.nusatrade.backtest.lookahead.LookaheadReport;
import id.nusatrade.backtest.lookahead.WarmupCheck;
import id.nusatrade.backtest.optimize.Optimizer;
import id.nusatrade.trading.fill.Costs;
import id.nusatrade.trading.fill.Side;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes the report JSON (format in docs/backtest.md): times are epoch milliseconds of bar opens,
 * as in the input; money and quantities are exact decimals; undefined figures are {@code null}.
 */
public final class JsonReport {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private JsonReport() {}

  public static void write(Report report, Writer out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeStringField("strategy", report.strategy());
      json.writeStringField("timeframe", report.timeframe());
      json.writeStringField("input", report.input());
      json.writeNumberField("inputBars", report.inputBars());
      json.writeNumberField("bars", report.run().bars().size());
      json.writeStringField("fill", report.fill());
      costs(json, report.costs());
      json.writeNumberField("initialEquity", report.run().initialEquity());
      json.writeStringField("timeUnit", "epoch-milliseconds");
      json.writeArrayFieldStart("trades");
      for (Trade trade : report.run().trades()) {
        trade(json, trade);
      }
      json.writeEndArray();
      json.writeFieldName("metrics");
      metrics(json, report.metrics());
      json.writeFieldName("buyAndHold");
      metrics(json, report.buyAndHold());
      if (report.optimization() != null) {
        optimization(json, report.optimization());
      }
      if (report.lookahead() != null) {
        lookahead(json, report.lookahead());
      }
      json.writeEndObject();
    }
  }

  private static void optimization(JsonGenerator json, Optimizer.Outcome o) throws IOException {
    json.writeObjectFieldStart("optimization");
    json.writeStringField("objective", o.objective().option());
    json.writeNumberField("gridSize", o.gridSize());
    json.writeArrayFieldStart("walkForward");
    for (Optimizer.Fold f : o.folds()) {
      json.writeStartObject();
      json.writeNumberField("trainFrom", f.trainFrom());
      json.writeNumberField("trainTo", f.trainTo());
      json.writeNumberField("testFrom", f.testFrom());
      json.writeNumberField("testTo", f.testTo());
      parameters(json, f.pick().parameters());
      number(json, "inSample", f.pick().inSample());
      number(json, "outOfSample", o.objective().of(f.outOfSample()));
      json.writeFieldName("outOfSampleMetrics");
      metrics(json, f.outOfSample());
      json.writeEndObject();
    }
    json.writeEndArray();
    number(json, "walkForwardOutOfSampleMean", o.walkForwardMean());
    json.writeObjectFieldStart("holdOut");
    json.writeNumberField("from", o.holdOutBars().time()[0]);
    json.writeNumberField("to", o.holdOutBars().time()[o.holdOutBars().size() - 1]);
    parameters(json, o.finalPick().parameters());
    number(json, "inSample", o.finalPick().inSample());
    number(json, "outOfSample", o.objective().of(o.holdOutMetrics()));
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void lookahead(JsonGenerator json, LookaheadReport l) throws IOException {
    json.writeObjectFieldStart("lookahead");
    json.writeBooleanField("clean", l.clean());
    json.writeNumberField("cutsChecked", l.outcome().cutsChecked());
    json.writeArrayFieldStart("differences");
    for (String difference : l.outcome().differences()) {
      json.writeString(difference);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("warmup");
    for (WarmupCheck.Finding f : l.warmup()) {
      json.writeStartObject();
      json.writeStringField("column", f.column());
      json.writeNumberField("lookback", f.lookback());
      json.writeNumberField("start", f.start());
      json.writeNumberField("settleBars", f.settleBars());
      json.writeBooleanField("dependsOnHistory", f.dependsOnHistory());
      json.writeStringField("finding", f.describe());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void parameters(JsonGenerator json, Map<String, BigDecimal> parameters)
      throws IOException {
    json.writeObjectFieldStart("parameters");
    for (Map.Entry<String, BigDecimal> p : parameters.entrySet()) {
      json.writeNumberField(p.getKey(), plain(p.getValue()));
    }
    json.writeEndObject();
  }

  private static void costs(JsonGenerator json, Costs c) throws IOException {
    json.writeObjectFieldStart("costs");
    json.writeNumberField("spread", c.spread());
    json.writeNumberField("slippage", c.slippage());
    json.writeNumberField("slippagePercent", c.slippagePercent());
    json.writeNumberField("commissionPerTrade", c.commissionPerTrade());
    json.writeNumberField("commissionPerUnit", c.commissionPerUnit());
    json.writeNumberField("commissionPercent", c.commissionPercent());
    json.writeEndObject();
  }

  private static void trade(JsonGenerator json, Trade t) throws IOException {
    json.writeStartObject();
    json.writeStringField("side", t.side() == Side.BUY ? "long" : "short");
    json.writeNumberField("entryTime", t.entryTime());
    json.writeNumberField("entryPrice", t.entryPrice());
    json.writeNumberField("exitTime", t.exitTime());
    json.writeNumberField("exitPrice", t.exitPrice());
    json.writeNumberField("quantity", t.quantity().stripTrailingZeros());
    json.writeNumberField("pnl", plain(t.pnl()));
    json.writeStringField("exitReason", t.exitReason().name().toLowerCase(java.util.Locale.ROOT));
    json.writeEndObject();
  }

  private static void metrics(JsonGenerator json, Metrics m) throws IOException {
    json.writeStartObject();
    number(json, "totalReturn", m.totalReturn());
    number(json, "cagr", m.cagr());
    number(json, "sharpe", m.sharpe());
    number(json, "sortino", m.sortino());
    number(json, "calmar", m.calmar());
    number(json, "maxDrawdown", m.maxDrawdown());
    time(json, "maxDrawdownPeakTime", m.maxDrawdownPeakTime());
    time(json, "maxDrawdownTroughTime", m.maxDrawdownTroughTime());
    time(json, "maxDrawdownRecoveryTime", m.maxDrawdownRecoveryTime());
    number(json, "winRate", m.winRate());
    number(json, "profitFactor", m.profitFactor());
    json.writeNumberField("trades", m.trades());
    number(json, "exposure", m.exposure());
    decimal(json, "averageTrade", m.averageTrade());
    decimal(json, "netProfit", m.netProfit());
    decimal(json, "finalEquity", m.finalEquity());
    number(json, "periodsPerYear", m.periodsPerYear());
    json.writeEndObject();
  }

  private static void number(JsonGenerator json, String name, double value) throws IOException {
    if (Double.isFinite(value)) {
      json.writeNumberField(name, value);
    } else {
      json.writeNullField(name);
    }
  }

  private static void time(JsonGenerator json, String name, Long value) throws IOException {
    if (value == null) {
      json.writeNullField(name);
    } else {
      json.writeNumberField(name, value);
    }
  }

  private static void decimal(JsonGenerator json, String name, BigDecimal value)
      throws IOException {
    if (value == null) {
      json.writeNullField(name);
    } else {
      json.writeNumberField(name, plain(value));
    }
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
