package id.nusatrade.gateway.replay;

/** Ticks to replay, as parallel primitive arrays (100,000 ticks cost 4 MB, no objects). */
public record ReplayTicks(
    long[] time, double[] bid, double[] ask, double[] last, long[] volume, int size) {
  public static ReplayTicks ofCapacity(int capacity) {
    return new ReplayTicks(
        new long[capacity],
        new double[capacity],
        new double[capacity],
        new double[capacity],
        new long[capacity],
        0);
  }
}
