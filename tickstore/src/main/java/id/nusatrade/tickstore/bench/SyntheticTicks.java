package id.nusatrade.tickstore.bench;

import id.nusatrade.domain.market.Tick;
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

  static String firstSymbol() {
    return SYMBOLS[0];
  }

  static List<Tick> generate(int count, long startMillis, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] points = START_POINTS.clone();
    List<Tick> ticks = new ArrayList<>(count);
    long time = startMillis;
    for (int i = 0; i < count; i++) {
      int s = random.nextInt(SYMBOLS.length);
      time += 1 + random.nextInt(99);
      points[s] += random.nextInt(-3, 4);
      double bid = points[s] / POINT[s];
      double ask = (points[s] + 1 + random.nextInt(3)) / POINT[s];
      ticks.add(new Tick(SYMBOLS[s], time, bid, ask, bid, random.nextInt(100), i & 7));
    }
    return ticks;
  }
}
