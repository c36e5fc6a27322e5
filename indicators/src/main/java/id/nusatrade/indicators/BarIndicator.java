package id.nusatrade.indicators;

import java.util.Arrays;

/**
 * Base of every indicator: keeps the output slots, the bar count and the names, so subclasses only
 * say how one bar changes their state. Outputs stay {@code NaN} until the subclass writes them.
 */
public abstract class BarIndicator implements Indicator {
  private final String[] names;
  private final int lookback;
  protected final double[] out;
  private long bars;

  protected BarIndicator(String[] names, int lookback) {
    this.names = names.clone();
    this.lookback = lookback;
    this.out = new double[names.length];
    Arrays.fill(out, Double.NaN);
  }

  @Override
  public final void update(
      long time, double open, double high, double low, double close, double volume) {
    bars++;
    onBar(time, open, high, low, close, volume);
  }

  /** One closed bar; write {@link #out} once the values are defined. */
  protected abstract void onBar(
      long time, double open, double high, double low, double close, double volume);

  /** Back to the state before the first bar (outputs are reset by the caller). */
  protected abstract void clear();

  @Override
  public boolean ready() {
    return bars > lookback;
  }

  @Override
  public int outputs() {
    return out.length;
  }

  @Override
  public double value(int output) {
    return out[output];
  }

  @Override
  public String[] names() {
    return names.clone();
  }

  @Override
  public int lookback() {
    return lookback;
  }

  @Override
  public void reset() {
    bars = 0;
    Arrays.fill(out, Double.NaN);
    clear();
  }
}
