package id.nusatrade.signals.features;

/** The last closes and volumes in a ring, so returns and volatility look back without copying. */
final class BarHistory {
  private final double[] closes;
  private final double[] volumes;
  private long count;

  BarHistory(int depth) {
    closes = new double[depth + 1];
    volumes = new double[depth + 1];
  }

  void push(double close, double volume) {
    int slot = (int) (count % closes.length);
    closes[slot] = close;
    volumes[slot] = volume;
    count++;
  }

  /** Close {@code back} bars ago (0 = this bar); defined when {@code back < count()}. */
  double close(int back) {
    return closes[(int) ((count - 1 - back) % closes.length)];
  }

  double volume(int back) {
    return volumes[(int) ((count - 1 - back) % volumes.length)];
  }

  long count() {
    return count;
  }

  void reset() {
    count = 0;
  }
}
