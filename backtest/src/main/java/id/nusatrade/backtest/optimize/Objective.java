package id.nusatrade.backtest.optimize;

import id.nusatrade.backtest.report.Metrics;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** What the search maximises; an undefined figure (no trades, flat equity) ranks last. */
public enum Objective {
  SHARPE(Metrics::sharpe),
  SORTINO(Metrics::sortino),
  CALMAR(Metrics::calmar),
  TOTAL_RETURN(Metrics::totalReturn),
  CAGR(Metrics::cagr),
  PROFIT_FACTOR(Metrics::profitFactor);

  private final ToDoubleFunction<Metrics> figure;

  Objective(ToDoubleFunction<Metrics> figure) {
    this.figure = figure;
  }

  public double of(Metrics metrics) {
    double v = figure.applyAsDouble(metrics);
    return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
  }

  /** The option text: {@code sharpe}, {@code totalReturn}, ... */
  public String option() {
    String[] words = name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder out = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return out.toString();
  }

  public static Objective parse(String text) {
    for (Objective o : values()) {
      if (o.option().equals(text)) {
        return o;
      }
    }
    throw new IllegalArgumentException(
        "--objective must be one of sharpe, sortino, calmar, totalReturn, cagr, profitFactor; got '"
            + text
            + "'");
  }
}
