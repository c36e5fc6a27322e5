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
record RunReport(
    List<MetricRow> metrics, List<TradeRow> trades, Checks lookahead, Search optimization) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An empty report (a run not finished). */
  static final RunReport NONE = new RunReport(List.of(), List.of(), null, null);

  /** The look-ahead check's outcome: clean, the cut points tried, the differences found. */
  record Checks(boolean clean, int cuts, List<String> differences) {}

  /**
   * The parameter search: the objective, the parameters chosen on all the searchable bars, the
   * walk-forward folds' mean out-of-sample figure and the held-out period's.
   */
  record Search(String objective, String chosen, String walkForwardMean, String heldOut) {}

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
    return new RunReport(metrics, trades, checks(root.path("lookahead")), search(root));
  }

  private static Checks checks(JsonNode l) {
    if (l.isMissingNode()) {
      return null;
    }
    List<String> differences = new ArrayList<>();
    l.path("differences").forEach(d -> differences.add(d.asText()));
    return new Checks(l.path("clean").asBoolean(), l.path("cutsChecked").asInt(), differences);
  }

  private static Search search(JsonNode root) {
    JsonNode o = root.path("optimization");
    if (o.isMissingNode()) {
      return null;
    }
    return new Search(
        o.path("objective").asText(),
        o.path("holdOut").path("parameters").toString(),
        text(o.path("walkForwardOutOfSampleMean")),
        text(o.path("holdOut").path("outOfSample")));
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
