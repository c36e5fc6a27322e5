package id.nusatrade.backtest.lookahead;

import id.nusatrade.backtest.strategy.Columns;
import id.nusatrade.backtest.strategy.Series;
import id.nusatrade.indicators.IndicatorRegistry;
import id.nusatrade.market.bars.BarSeries;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Freqtrade's recursive analysis: each indicator output is computed once from the first bar and
 * again from later starting bars; from each start, after the indicator's warm-up (its lookback),
 * the two must agree. Windowed indicators (SMA, Bollinger, ATR's true range...) agree exactly from
 * the end of warm-up; recursive ones (EMA, RSI, ATR, MACD) carry their seed and agree within
 * {@value #TOLERANCE} (relative) only some bars later, reported as "settles after N bars" (or as
 * "still settling" when the data ends before, the gap fading by 100x or more); cumulative ones
 * (OBV, A/D) never agree and do not fade: their level depends on where the data starts.
 */
public final class WarmupCheck {
  static final double TOLERANCE = 1e-9;
  private final IndicatorRegistry registry;

  public WarmupCheck(IndicatorRegistry registry) {
    this.registry = registry;
  }

  /** One output's finding: bars after warm-up until agreement (-1: never within the data). */
  public record Finding(
      String column, int lookback, int start, int settleBars, double firstGap, double lastGap) {
    public boolean exactAfterWarmup() {
      return settleBars == 0;
    }

    /** Never agrees and the gap does not fade (a cumulative level, not a forgotten seed). */
    public boolean dependsOnHistory() {
      return settleBars < 0 && !(lastGap < firstGap / 100);
    }

    /** Not settled within the data, but the gap fades: a recursive seed that needs more bars. */
    public boolean stillSettling() {
      return settleBars < 0 && lastGap < firstGap / 100;
    }

    public String describe() {
      String head = column + " (warm-up " + lookback + " bars, run started at bar " + start + "): ";
      if (settleBars == 0) {
        return head + "agrees right after warm-up";
      }
      if (settleBars > 0) {
        return head
            + String.format(
                Locale.ROOT, "settles within %.0e after %d more bars", TOLERANCE, settleBars);
      }
      if (stillSettling()) {
        return head
            + String.format(
                Locale.ROOT,
                "still settling at the end of the data (relative gap %.1e after warm-up, %.1e at"
                    + " the end): a recursive seed fading; give it more history",
                firstGap,
                lastGap);
      }
      return head
          + String.format(
              Locale.ROOT,
              "DEPENDS ON HOW MUCH HISTORY PRECEDES (relative gap %.1e after warm-up, still %.1e at"
                  + " the end)",
              firstGap,
              lastGap);
    }
  }

  public List<Finding> check(BarSeries bars, Collection<Series.IndicatorOutput> outputs) {
    List<Finding> findings = new ArrayList<>();
    Columns full = new Columns(bars, registry);
    int n = bars.size();
    for (Series.IndicatorOutput output : outputs) {
      int lookback = registry.create(output.token()).lookback();
      int start = n / 3;
      if (start + lookback >= n - 1) {
        continue;
      }
      double[] a = full.column(output);
      double[] b = new Columns(bars.slice(start, n), registry).column(output);
      int last = n - 1 - start;
      findings.add(
          new Finding(
              output.column(),
              lookback,
              start,
              settle(a, b, start, lookback),
              gap(a[start + lookback], b[lookback]),
              gap(a[n - 1], b[last])));
    }
    return findings;
  }

  /**
   * Bars after warm-up from which {@code late} agrees with {@code full} to the end; -1 if never.
   */
  static int settle(double[] full, double[] late, int start, int lookback) {
    int m = late.length;
    int lastDisagree = -1;
    for (int j = lookback; j < m; j++) {
      if (!agree(full[start + j], late[j])) {
        lastDisagree = j;
      }
    }
    if (lastDisagree == m - 1) {
      return -1;
    }
    return lastDisagree < 0 ? 0 : lastDisagree + 1 - lookback;
  }

  private static double gap(double x, double y) {
    return Math.abs(x - y) / Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
  }

  private static boolean agree(double x, double y) {
    if (Double.isNaN(x) || Double.isNaN(y)) {
      return Double.isNaN(x) == Double.isNaN(y);
    }
    return Math.abs(x - y) <= TOLERANCE * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
  }
}
