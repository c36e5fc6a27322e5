package id.nusatrade.signals.features;

/** {@code vol:N}: sample standard deviation of the last N one-bar log returns. */
final class VolatilityFeature extends SingleFeature {
  private final int bars;

  VolatilityFeature(int bars) {
    super("vol_" + bars, bars, bars);
    this.bars = bars;
  }

  @Override
  double compute(BarHistory h, double o, double hi, double lo, double c, double v) {
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < bars; i++) {
      double r = Math.log(h.close(i) / h.close(i + 1));
      sum += r;
      sumSq += r * r;
    }
    double mean = sum / bars;
    return Math.sqrt(Math.max(0, (sumSq - bars * mean * mean) / (bars - 1)));
  }
}
