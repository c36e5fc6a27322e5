package id.nusatrade.server.api;

import id.nusatrade.backtest.optimize.Objective;
import id.nusatrade.backtest.run.Analysis;
import id.nusatrade.backtest.service.BacktestRequest;
import id.nusatrade.backtest.service.BacktestRun;
import id.nusatrade.backtest.service.BarSource;
import id.nusatrade.backtest.service.InvalidBacktestException;
import id.nusatrade.domain.market.Timeframe;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/** The JSON of {@code /backtests}: the request translated in, runs translated out. */
final class BacktestViews {
  private BacktestViews() {}

  /** A run; {@code report} (the CLI's report JSON) and {@code equity} only on a single read. */
  public record RunJson(
      String id,
      String status,
      double progress,
      String strategy,
      String data,
      String fill,
      Instant createdAt,
      Instant startedAt,
      Instant finishedAt,
      String error,
      JsonObject report,
      JsonArray equity) {

    static RunJson of(BacktestRun run) {
      return new RunJson(
          run.id().toString(),
          run.status().name(),
          run.progress(),
          run.strategyName(),
          run.data(),
          run.fill(),
          run.createdAt(),
          run.startedAt(),
          run.finishedAt(),
          run.error(),
          run.report() == null ? null : read(run.report()).asJsonObject(),
          run.equity() == null ? null : read(run.equity()).asJsonArray());
    }
  }

  private static jakarta.json.JsonValue read(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }

  static BacktestRequest request(BacktestRequestJson body) {
    if (body == null) {
      throw new InvalidBacktestException(
          "strategy", "a JSON body with strategy and data is required");
    }
    BarSource data = null;
    if (body.csv != null && body.symbol != null) {
      throw new InvalidBacktestException("data", "data: give either csv or symbol, not both");
    }
    if (body.csv != null) {
      data = new BarSource.Upload(body.csv);
    } else if (body.symbol != null) {
      data =
          new BarSource.Stored(
              body.symbol.strip(),
              timeframe(body.timeframe),
              instant("from", body.from),
              instant("to", body.to));
    }
    return new BacktestRequest(
        body.strategy,
        data,
        body.costs,
        body.fill,
        body.equity,
        model(body.model),
        new Analysis(optimization(body.optimize), Boolean.TRUE.equals(body.checkLookahead)));
  }

  private static UUID model(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidBacktestException("model", "model must be a model id, not '" + text + "'");
    }
  }

  private static Analysis.Optimization optimization(BacktestRequestJson.Optimize o) {
    if (o == null) {
      return null;
    }
    try {
      Analysis.Optimization d = Analysis.Optimization.defaults();
      return new Analysis.Optimization(
          o.objective == null || o.objective.isBlank()
              ? d.objective()
              : Objective.parse(o.objective.strip()),
          o.folds == null ? d.folds() : o.folds,
          o.holdout == null ? d.holdOut() : o.holdout);
    } catch (IllegalArgumentException e) {
      throw new InvalidBacktestException(
          "optimize", "optimize: " + e.getMessage().replace("--objective", "objective"));
    }
  }

  private static Timeframe timeframe(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Timeframe.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidBacktestException(
          "timeframe",
          "timeframe '" + text + "' is not one of " + java.util.List.of(Timeframe.values()));
    }
  }

  private static Instant instant(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidBacktestException(
          field, field + " must be an instant such as 2026-01-01T00:00:00Z, not '" + text + "'");
    }
  }
}
