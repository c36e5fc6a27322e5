package id.nusatrade.backtest.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.nusatrade.backtest.engine.BacktestResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * A run's equity at each bar's close as a JSON array of {@code [time, equity]}, thinned to at most
 * {@link #MAX_POINTS} evenly spaced bars (the last always kept) so a chart of a long run stays
 * small.
 */
public final class EquityCurve {
  public static final int MAX_POINTS = 2_000;
  private static final JsonFactory JSON = new JsonFactory();

  private EquityCurve() {}

  public static String json(BacktestResult run) {
    long[] time = run.bars().time();
    double[] equity = run.equity();
    int n = Math.min(time.length, equity.length);
    int step = Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartArray();
      for (int i = 0; i < n; i += step) {
        point(json, time[i], equity[i]);
      }
      if (n > 0 && (n - 1) % step != 0) {
        point(json, time[n - 1], equity[n - 1]);
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void point(JsonGenerator json, long time, double equity) throws IOException {
    json.writeStartArray();
    json.writeNumber(time);
    json.writeNumber(equity);
    json.writeEndArray();
  }
}
