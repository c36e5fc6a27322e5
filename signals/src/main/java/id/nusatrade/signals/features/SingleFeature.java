package id.nusatrade.signals.features;

/** A one-column feature computed from the history and this bar; NaN until defined. */
abstract class SingleFeature implements Feature {
  private final String name;
  private final int warmUp;
  private final int depth;
  private double value = Double.NaN;

  SingleFeature(String name, int warmUp, int depth) {
    this.name = name;
    this.warmUp = warmUp;
    this.depth = depth;
  }

  /** This bar's value; {@code h} already holds this bar at 0. */
  abstract double compute(
      BarHistory h, double open, double high, double low, double close, double v);

  @Override
  public final String[] names() {
    return new String[] {name};
  }

  @Override
  public final int warmUp() {
    return warmUp;
  }

  @Override
  public final int depth() {
    return depth;
  }

  @Override
  public final void update(
      BarHistory h, long time, double open, double high, double low, double close, double v) {
    value = h.count() > warmUp ? compute(h, open, high, low, close, v) : Double.NaN;
  }

  @Override
  public final void write(double[] dest, int offset) {
    dest[offset] = value;
  }

  @Override
  public final void reset() {
    value = Double.NaN;
  }
}
