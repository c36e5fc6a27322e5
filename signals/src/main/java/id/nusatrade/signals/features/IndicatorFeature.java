package id.nusatrade.signals.features;

import id.nusatrade.indicators.Indicator;

/**
 * An indicator from the {@code indicators} module, every output as a column. Oscillators are used
 * as they are ({@code rsi:14}); price-level outputs are made comparable across price levels with
 * {@code dist:} (output / close − 1, for averages and bands) or {@code norm:} (output / close, for
 * ATR or MACD).
 */
final class IndicatorFeature implements Feature {
  enum Mode {
    RAW(""),
    DIST("dist_"),
    NORM("norm_");

    final String prefix;

    Mode(String prefix) {
      this.prefix = prefix;
    }
  }

  private final Indicator indicator;
  private final Mode mode;
  private final double[] values;

  IndicatorFeature(Indicator indicator, Mode mode) {
    this.indicator = indicator;
    this.mode = mode;
    this.values = new double[indicator.outputs()];
    java.util.Arrays.fill(values, Double.NaN);
  }

  @Override
  public String[] names() {
    String[] names = indicator.names();
    for (int i = 0; i < names.length; i++) {
      names[i] = mode.prefix + names[i];
    }
    return names;
  }

  @Override
  public int warmUp() {
    return indicator.lookback();
  }

  @Override
  public void update(BarHistory h, long time, double o, double hi, double lo, double c, double v) {
    indicator.update(time, o, hi, lo, c, v);
    for (int i = 0; i < values.length; i++) {
      double x = indicator.value(i);
      values[i] =
          switch (mode) {
            case RAW -> x;
            case DIST -> x / c - 1;
            case NORM -> x / c;
          };
    }
  }

  @Override
  public void write(double[] dest, int offset) {
    System.arraycopy(values, 0, dest, offset, values.length);
  }

  @Override
  public void reset() {
    indicator.reset();
    java.util.Arrays.fill(values, Double.NaN);
  }
}
