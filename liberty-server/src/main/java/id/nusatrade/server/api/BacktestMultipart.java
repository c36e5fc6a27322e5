package id.nusatrade.server.api;

import id.nusatrade.backtest.service.InvalidBacktestException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * A {@code multipart/form-data} {@code POST /backtests} read into the JSON form's fields: each part
 * is named as the JSON field it stands for ({@code csv} is the bar file), and {@code optimize}
 * ({@code true}) with {@code objective}, {@code folds}, {@code holdout} for the search. The bar
 * file is read up to the upload cap and no further; a larger one is {@link TooLarge} (413), every
 * other part is capped at {@value #FIELD_LIMIT} bytes.
 */
final class BacktestMultipart {
  static final int FIELD_LIMIT = 1 << 20;
  private static final Set<String> KNOWN =
      Set.of(
          "strategy",
          "csv",
          "symbol",
          "timeframe",
          "from",
          "to",
          "costs",
          "fill",
          "equity",
          "model",
          "optimize",
          "objective",
          "folds",
          "holdout",
          "checkLookahead");

  private BacktestMultipart() {}

  /** One part: its name and content. */
  record Part(String name, InputStream content) {}

  /** A part larger than its cap. */
  static final class TooLarge extends RuntimeException {
    TooLarge(String message) {
      super(message);
    }
  }

  static BacktestRequestJson read(List<Part> parts, int csvLimit) throws IOException {
    BacktestRequestJson body = new BacktestRequestJson();
    BacktestRequestJson.Optimize optimize = new BacktestRequestJson.Optimize();
    boolean search = false;
    for (Part part : parts) {
      String name = part.name() == null ? "" : part.name();
      if (!KNOWN.contains(name)) {
        throw new InvalidBacktestException(
            name, "unknown part '" + name + "' (known: " + String.join(", ", KNOWN) + ")");
      }
      String text = text(part, name.equals("csv") ? csvLimit : FIELD_LIMIT);
      switch (name) {
        case "strategy" -> body.strategy = text;
        case "csv" -> body.csv = text;
        case "symbol" -> body.symbol = text;
        case "timeframe" -> body.timeframe = text;
        case "from" -> body.from = text;
        case "to" -> body.to = text;
        case "costs" -> body.costs = text;
        case "fill" -> body.fill = text;
        case "equity" -> body.equity = number(name, text, BigDecimal::new);
        case "model" -> body.model = text;
        case "optimize" -> search = flag(name, text);
        case "objective" -> optimize.objective = text;
        case "folds" -> optimize.folds = number(name, text, Integer::valueOf);
        case "holdout" -> optimize.holdout = number(name, text, Double::valueOf);
        case "checkLookahead" -> body.checkLookahead = flag(name, text);
        default -> throw new IllegalStateException(name);
      }
    }
    body.optimize = search ? optimize : null;
    return body;
  }

  /** The caller's CSV in the JSON form, under the same cap (its characters counted as bytes). */
  static void checkCsv(String csv, int csvLimit) {
    if (csv != null && csv.length() > csvLimit) {
      throw tooLarge("csv", csvLimit);
    }
  }

  private static String text(Part part, int limit) throws IOException {
    try (InputStream in = part.content()) {
      byte[] bytes = in.readNBytes(limit + 1);
      if (bytes.length > limit) {
        throw tooLarge(part.name(), limit);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static TooLarge tooLarge(String name, int limit) {
    return new TooLarge(
        name
            + ": larger than the "
            + limit
            + "-byte limit"
            + (name.equals("csv") ? " (NUSATRADE_BACKTEST_UPLOAD_MAX_BYTES)" : ""));
  }

  private static boolean flag(String name, String text) {
    return switch (text.strip()) {
      case "true", "on", "1" -> true;
      case "false", "off", "0", "" -> false;
      default -> throw new InvalidBacktestException(name, name + " must be true or false");
    };
  }

  private static <T> T number(
      String name, String text, java.util.function.Function<String, T> parse) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return parse.apply(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidBacktestException(name, name + " must be a number, not '" + text + "'");
    }
  }
}
