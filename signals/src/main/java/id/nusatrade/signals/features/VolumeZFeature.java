package id.nusatrade.signals.features;

/**
 * {@code volz:N}: z-score of this bar's log(1 + volume) against the last N bars (this one
 * included); 0 when the volume did not vary.
 */
final class VolumeZFeature extends SingleFeature {
  private final int bars;

  VolumeZFeature(int bars) {
    super("volz_" + bars, bars - 1, bars);
    this.bars = bars;
  }

  @Override
  double compute(BarHistory h, double o, double hi, double lo, double c, double v) {
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < bars; i++) {
      double x = Math.log1p(h.volume(i));
      sum += x;
      sumSq += x * x;
    }
    double mean = sum / bars;
    double sd = Math.sqrt(Math.max(0, sumSq / bars - mean * mean));
    return sd < 1e-12 ? 0 : (Math.log1p(v) - mean) / sd;
  }
}
