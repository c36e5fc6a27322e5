package id.nusatrade.tickstore;

import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic test ticks: a seeded random walk of 5-decimal quotes around {@code midPoints}
 * (points of 0.00001) with strictly increasing, irregular timestamps (so "first" and "last" in a
 * bucket are never ties) and sequence numbers 1, 2, 3...
 */
public final class MarketTicks {
  private MarketTicks() {}

  public static List<Tick> walk(FeedId feed, long startMillis, int count, long seed) {
    return walk(feed, startMillis, count, seed, 108_500);
  }

  public static List<Tick> walk(
      FeedId feed, long startMillis, int count, long seed, long midPoints) {
    Random random = new Random(seed);
    List<Tick> ticks = new ArrayList<>(count);
    long time = startMillis;
    for (int i = 0; i < count; i++) {
      time += 1 + random.nextInt(5_000);
      midPoints += random.nextInt(7) - 3;
      long spread = 1 + random.nextInt(3);
      double bid = midPoints / 100_000.0;
      double ask = (midPoints + spread) / 100_000.0;
      ticks.add(new Tick(feed, i + 1, time, bid, ask, bid, random.nextInt(10), i % 4));
    }
    return ticks;
  }
}
