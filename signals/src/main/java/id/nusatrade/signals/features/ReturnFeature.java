package id.nusatrade.signals.features;

/** {@code ret:N}: log return over the last N bars, ln(close / close N bars ago). */
final class ReturnFeature extends SingleFeature {
  private final int bars;

  ReturnFeature(int bars) {
    super("ret_" + bars, bars, bars);
    this.bars = bars;
  }

  @Override
  double compute(BarHistory h, double o, double hi, double lo, double c, double v) {
    return Math.log(c / h.close(bars));
  }
}
