package id.nusatrade.indicators.stage;

/**
 * TA-Lib's raw %K over the last {@code period} bars: {@code (close - lowest) / ((highest - lowest)
 * / 100)}, 0 when the range is flat.
 */
public final class FastStochasticStage {
  private final Extremum highest;
  private final Extremum lowest;

  public FastStochasticStage(int period) {
    highest = Extremum.highest(period);
    lowest = Extremum.lowest(period);
  }

  public double next(double high, double low, double close) {
    highest.push(high);
    lowest.push(low);
    if (!highest.ready()) {
      return Double.NaN;
    }
    double diff = (highest.value() - lowest.value()) / 100.0;
    return diff != 0.0 ? (close - lowest.value()) / diff : 0.0;
  }

  public void clear() {
    highest.clear();
    lowest.clear();
  }
}
