package id.nusatrade.tickstore;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.Timeframe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The test's own OHLC aggregation, written straight from the definition (UTC-aligned buckets, mid
 * price, first/last by time) and independent of any adapter or SQL.
 */
public final class ReferenceBars {
  private ReferenceBars() {}

  public static List<Bar> of(List<Tick> ticks, Timeframe tf, long fromMillis, long toMillis) {
    return of(ticks, tf, fromMillis, toMillis, 0);
  }

  /** Buckets of {@code tf}'s length that start {@code offsetMillis} after the UTC-aligned ones. */
  public static List<Bar> of(
      List<Tick> ticks, Timeframe tf, long fromMillis, long toMillis, long offsetMillis) {
    long length = tf.millis();
    Map<Long, List<Tick>> buckets = new TreeMap<>();
    ticks.stream()
        .filter(t -> t.timeMillis() >= fromMillis && t.timeMillis() < toMillis)
        .sorted((a, b) -> Long.compare(a.timeMillis(), b.timeMillis()))
        .forEach(
            t -> {
              long open = t.timeMillis() - Math.floorMod(t.timeMillis() - offsetMillis, length);
              buckets.computeIfAbsent(open, k -> new ArrayList<>()).add(t);
            });
    List<Bar> bars = new ArrayList<>();
    buckets.forEach((open, inBucket) -> bars.add(bar(tf, open, inBucket)));
    return bars;
  }

  private static Bar bar(Timeframe tf, long openTime, List<Tick> ticks) {
    double high = Double.NEGATIVE_INFINITY;
    double low = Double.POSITIVE_INFINITY;
    for (Tick t : ticks) {
      high = Math.max(high, mid(t));
      low = Math.min(low, mid(t));
    }
    Tick first = ticks.getFirst();
    return new Bar(
        first.feed(), tf, openTime, mid(first), high, low, mid(ticks.getLast()), ticks.size());
  }

  private static double mid(Tick t) {
    return (t.bid() + t.ask()) / 2;
  }
}
