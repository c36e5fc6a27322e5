package id.nusatrade.tickstore.bench;

import java.util.Arrays;

/** Repeated measurements of one thing, in nanoseconds, in the order they were taken. */
record Timings(long[] nanos) {
  Timings {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("no measurement");
    }
    nanos = nanos.clone();
  }

  long best() {
    return Arrays.stream(nanos).min().orElseThrow();
  }

  /** The middle value (upper middle for an even count). */
  long median() {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  int count() {
    return nanos.length;
  }

  /** Rows per second at the fastest run. */
  double bestRate(int rows) {
    return rows / (best() / 1e9);
  }

  double medianRate(int rows) {
    return rows / (median() / 1e9);
  }
}
