package id.nusatrade.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The fast path allocates nothing per bar: bytes allocated by this thread across 100k updates of
 * every registered indicator (after warm-up) stay near zero.
 */
class AllocationTest {
  @Test
  void updatesAndReadsAllocateNothingInSteadyState() {
    StringBuilder spec = new StringBuilder(IndicatorSetTest.GATEWAY_SET);
    for (IndicatorRegistry.Definition d : IndicatorRegistry.standard().definitions()) {
      if (!IndicatorSetTest.GATEWAY_SET.matches("(^|.*,)" + d.name() + "(:.*|,.*|$)")) {
        spec.append(',').append(d.name());
      }
    }
    IndicatorSet set = IndicatorSet.parse(spec.toString());
    Bars bars = Bars.randomWalk(5, 4096);
    double[] row = new double[set.width()];
    run(set, bars, row, 200_000);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().threadId();
    long before = threads.getThreadAllocatedBytes(id);
    run(set, bars, row, 100_000);
    long allocated = threads.getThreadAllocatedBytes(id) - before;

    assertThat(allocated).as("bytes allocated by 100k updates").isLessThan(1024);
  }

  private static void run(IndicatorSet set, Bars b, double[] row, int updates) {
    int n = b.size();
    for (int k = 0; k < updates; k++) {
      int i = k % n;
      set.update(
          b.time()[i] + (long) (k / n) * n * 60_000L,
          b.open()[i],
          b.high()[i],
          b.low()[i],
          b.close()[i],
          b.volume()[i]);
      set.values(row);
    }
  }
}
