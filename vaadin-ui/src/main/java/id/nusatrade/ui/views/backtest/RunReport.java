package id.nusatrade.ui.views.backtest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A finished run's report JSON (the CLI's OUT.json) read into rows the page shows: each metric of
 * the strategy beside buy-and-hold, and each trade. Reading only; every figure was computed by the
 * backtest module.
 */
record RunReport(List<MetricRow> metrics, List<TradeRow> trades) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One metric: its name, the strategy's value and buy-and-hold's ({@code null}: undefined). */
  record MetricRow(String metric, String strategy, String buyAndHold) {}

  /** One closed trade, times as instants. */
  record TradeRow(
      String side,
      Instant entryTime,
      String entryPrice,
      Instant exitTime,
      String exitPrice,
      String quantity,
      String pnl,
      String exitReason) {}

  static RunReport of(String reportJson) {
    JsonNode root = read(reportJson);
    List<MetricRow> metrics = new ArrayList<>();
    JsonNode strategy = root.path("metrics");
    JsonNode hold = root.path("buyAndHold");
    for (Iterator<Map.Entry<String, JsonNode>> it = strategy.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> m = it.next();
      if (!m.getKey().endsWith("Time")) {
        metrics.add(new MetricRow(m.getKey(), text(m.getValue()), text(hold.path(m.getKey()))));
      }
    }
    List<TradeRow> trades = new ArrayList<>();
    for (JsonNode t : root.path("trades")) {
      trades.add(
          new TradeRow(
              t.path("side").asText(),
              Instant.ofEpochMilli(t.path("entryTime").asLong()),
              t.path("entryPrice").asText(),
              Instant.ofEpochMilli(t.path("exitTime").asLong()),
              t.path("exitPrice").asText(),
              t.path("quantity").asText(),
              t.path("pnl").asText(),
              t.path("exitReason").asText()));
    }
    return new RunReport(metrics, trades);
  }

  /** One metric's value as the report wrote it ({@code "–"} when undefined or absent). */
  String metric(String name) {
    return metrics.stream()
        .filter(m -> m.metric().equals(name))
        .map(MetricRow::strategy)
        .findFirst()
        .orElse("–");
  }

  private static String text(JsonNode value) {
    return value.isMissingNode() || value.isNull() ? "–" : value.asText();
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
