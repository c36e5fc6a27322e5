package id.nusatrade.gateway.bench;

import id.nusatrade.indicators.Indicator;
import java.util.List;

/**
 * Two O(1) indicators (SMA 20 and EMA 50 of the close) so the benchmark exercises the
 * per-closed-bar indicator path before the indicators module's IndicatorSet is wired in.
 */
final class StandInIndicators {
  private StandInIndicators() {}

  static List<Indicator> create() {
    return List.of(new Sma(20), new Ema(50));
  }

  private abstract static class Single implements Indicator {
    final int period;
    int seen;
    double value = Double.NaN;

    Single(int period) {
      this.period = period;
    }

    @Override
    public boolean ready() {
      return seen >= period;
    }

    @Override
    public int outputs() {
      return 1;
    }

    @Override
    public double value(int output) {
      return ready() ? value : Double.NaN;
    }

    @Override
    public int lookback() {
      return period - 1;
    }
  }

  private static final class Sma extends Single {
    private final double[] window;
    private double sum;

    Sma(int period) {
      super(period);
      window = new double[period];
    }

    @Override
    public void update(long t, double o, double h, double l, double c, double v) {
      int i = seen++ % period;
      sum += c - window[i];
      window[i] = c;
      value = sum / Math.min(seen, period);
    }

    @Override
    public String[] names() {
      return new String[] {"sma_" + period};
    }

    @Override
    public void reset() {
      seen = 0;
      sum = 0;
      java.util.Arrays.fill(window, 0);
    }
  }

  private static final class Ema extends Single {
    Ema(int period) {
      super(period);
    }

    @Override
    public void update(long t, double o, double h, double l, double c, double v) {
      value = seen++ == 0 ? c : value + 2.0 / (period + 1) * (c - value);
    }

    @Override
    public String[] names() {
      return new String[] {"ema_" + period};
    }

    @Override
    public void reset() {
      seen = 0;
      value = Double.NaN;
    }
  }
}
