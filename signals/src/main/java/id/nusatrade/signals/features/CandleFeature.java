package id.nusatrade.signals.features;

/** {@code range}: (high − low) / close; {@code body}: (close − open) / close. */
final class CandleFeature extends SingleFeature {
  private final boolean range;

  CandleFeature(boolean range) {
    super(range ? "range" : "body", 0, 0);
    this.range = range;
  }

  @Override
  double compute(BarHistory h, double o, double hi, double lo, double c, double v) {
    return range ? (hi - lo) / c : (c - o) / c;
  }
}
