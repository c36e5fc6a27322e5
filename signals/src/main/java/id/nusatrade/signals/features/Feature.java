package id.nusatrade.signals.features;

/**
 * One feature group (one or more columns): updated once per closed bar after the shared history,
 * then written into the pipeline's vector. Defined once {@link #warmUp()} bars have been seen.
 */
interface Feature {
  String[] names();

  /** Bars that must precede the first defined value. */
  int warmUp();

  /** Closes and volumes this feature reads back in {@link BarHistory}. */
  default int depth() {
    return 0;
  }

  void update(
      BarHistory history, long time, double open, double high, double low, double close, double v);

  void write(double[] dest, int offset);

  void reset();
}
