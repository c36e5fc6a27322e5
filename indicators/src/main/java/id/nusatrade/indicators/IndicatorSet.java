package id.nusatrade.indicators;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A user's indicator set, built from a spec such as {@code sma:20,rsi:14,macd:12:26:9}: one {@link
 * #update} per closed bar feeds every indicator, and {@link #values} copies all outputs into a
 * caller-owned array. Nothing is allocated per update. Single writer: not thread-safe.
 */
public final class IndicatorSet {
  private final Indicator[] indicators;
  private final String[] columns;
  private final int lookback;

  private IndicatorSet(List<Indicator> indicators) {
    this.indicators = indicators.toArray(Indicator[]::new);
    List<String> names = new ArrayList<>();
    int longest = 0;
    for (Indicator indicator : indicators) {
      names.addAll(List.of(indicator.names()));
      longest = Math.max(longest, indicator.lookback());
    }
    this.columns = names.toArray(String[]::new);
    this.lookback = longest;
  }

  /** Gives every session-restarting indicator of the set the instrument's session days. */
  public IndicatorSet sessions(java.util.function.LongUnaryOperator sessionDayOf) {
    for (Indicator indicator : indicators) {
      if (indicator instanceof SessionAware aware) {
        aware.sessions(sessionDayOf);
      }
    }
    return this;
  }

  public static IndicatorSet parse(String spec) {
    return parse(spec, IndicatorRegistry.standard());
  }

  /** Parses a comma-separated spec; rejects empty, unknown, malformed and duplicate tokens. */
  public static IndicatorSet parse(String spec, IndicatorRegistry registry) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("Empty indicator spec: give tokens such as sma:20,rsi:14");
    }
    List<Indicator> indicators = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String[] tokens = spec.split(",", -1);
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i].isBlank()) {
        throw new IllegalArgumentException(
            "Empty indicator token at position " + (i + 1) + " of '" + spec + "'");
      }
      Indicator indicator = registry.create(tokens[i]);
      for (String column : indicator.names()) {
        if (!seen.add(column)) {
          throw IndicatorRegistry.bad(tokens[i], "duplicate column '" + column + "'");
        }
      }
      indicators.add(indicator);
    }
    return new IndicatorSet(indicators);
  }

  /** Feeds one closed bar (time in epoch millis) to every indicator; rejects non-finite prices. */
  public void update(long time, double open, double high, double low, double close, double volume) {
    if (!(Double.isFinite(open)
        && Double.isFinite(high)
        && Double.isFinite(low)
        && Double.isFinite(close)
        && Double.isFinite(volume))) {
      throw new IllegalArgumentException("Bar with a non-finite price or volume at time " + time);
    }
    for (Indicator indicator : indicators) {
      indicator.update(time, open, high, low, close, volume);
    }
  }

  /**
   * Copies every output, in {@link #columnNames()} order, into {@code dest} (NaN = not yet
   * defined).
   */
  public void values(double[] dest) {
    int column = 0;
    for (Indicator indicator : indicators) {
      for (int i = 0, n = indicator.outputs(); i < n; i++) {
        dest[column++] = indicator.value(i);
      }
    }
  }

  public String[] columnNames() {
    return columns.clone();
  }

  public int width() {
    return columns.length;
  }

  /** The longest lookback: after this many bars every output is defined. */
  public int lookback() {
    return lookback;
  }

  public boolean ready() {
    for (Indicator indicator : indicators) {
      if (!indicator.ready()) {
        return false;
      }
    }
    return true;
  }

  public List<Indicator> indicators() {
    return List.of(indicators);
  }

  public void reset() {
    for (Indicator indicator : indicators) {
      indicator.reset();
    }
  }
}
