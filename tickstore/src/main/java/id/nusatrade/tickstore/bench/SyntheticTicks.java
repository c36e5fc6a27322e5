package id.nusatrade.tickstore.bench;

import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic multi-symbol tick stream: each tick goes to one of four symbols, 1–99 ms after
 * the previous one, with a random-walk quote at the symbol's own digits.
 */
final class SyntheticTicks {
  private static final String[] SYMBOLS = {"EURUSD", "GBPUSD", "USDJPY", "XAUUSD"};
  private static final long[] START_POINTS = {108_500, 127_300, 150_123, 234_567};
  private static final double[] POINT = {1e5, 1e5, 1e3, 1e2};

  private SyntheticTicks() {}

  /** The benchmark's one tenant and terminal (account); the symbols are its feeds. */
  static final TenantId TENANT = TenantId.of("11111111-1111-1111-1111-111111111111");

  static final long ACCOUNT = 80001;

  static FeedId firstFeed() {
    return new FeedId(TENANT, ACCOUNT, SYMBOLS[0]);
  }

  static List<Tick> generate(int count, long startMillis, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] points = START_POINTS.clone();
    FeedId[] feeds = new FeedId[SYMBOLS.length];
    for (int s = 0; s < SYMBOLS.length; s++) {
      feeds[s] = new FeedId(TENANT, ACCOUNT, SYMBOLS[s]);
    }
    List<Tick> ticks = new ArrayList<>(count);
    long time = startMillis;
    for (int i = 0; i < count; i++) {
      int s = random.nextInt(SYMBOLS.length);
      time += 1 + random.nextInt(99);
      points[s] += random.nextInt(-3, 4);
      double bid = points[s] / POINT[s];
      double ask = (points[s] + 1 + random.nextInt(3)) / POINT[s];
      ticks.add(new Tick(feeds[s], i + 1L, time, bid, ask, bid, random.nextInt(100), i & 7));
    }
    return ticks;
  }
}
