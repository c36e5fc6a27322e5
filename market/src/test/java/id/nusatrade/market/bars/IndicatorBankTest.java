package id.nusatrade.market.bars;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.indicators.IndicatorSet;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class IndicatorBankTest {
  static final long MINUTE = 60_000;

  @Test
  void eachStreamAndTimeframeHasItsOwnSetAndTheSnapshotIsTheSmaOfTheClosedBars() {
    List<double[]> snapshots = new ArrayList<>();
    List<String[]> names = new ArrayList<>();
    double[] row = new double[2];
    IndicatorBank bank =
        new IndicatorBank(
            2,
            stream -> stream == 0 ? IndicatorSet.parse("sma:3,ema:3") : null,
            (stream, tf, open, columns, set) -> {
              set.values(row);
              snapshots.add(row.clone());
              names.add(columns);
            });
    double[] closes = {10, 11, 15, 12, 9};
    for (int i = 0; i < closes.length; i++) {
      bank.barClosed(0, Timeframe.M1, i * MINUTE, 1, 20, 1, closes[i], 5);
      bank.barClosed(1, Timeframe.M1, i * MINUTE, 1, 20, 1, closes[i], 5); // stream 1: none
    }
    bank.barClosed(0, Timeframe.M5, 0, 1, 20, 1, 100, 5);

    assertThat(names.getFirst()).containsExactly("sma_3", "ema_3");
    assertThat(snapshots).hasSize(6);
    assertThat(snapshots.get(1)[0]).isNaN();
    assertThat(snapshots.get(2)[0]).isEqualTo((10 + 11 + 15) / 3.0);
    assertThat(snapshots.get(4)[0]).isCloseTo((15 + 12 + 9) / 3.0, within());
    assertThat(snapshots.get(5)[0]).as("M5 set is separate from M1").isNaN();
    assertThat(bank.set(1, Timeframe.M1)).isNull();
  }

  @Test
  void closedBarsAllocateNothingOnceTheSetsExist() {
    double[] row = new double[IndicatorSet.parse(IndicatorSpecs.DEFAULT_SPEC).width()];
    IndicatorBank bank =
        new IndicatorBank(
            4,
            stream -> IndicatorSet.parse(IndicatorSpecs.DEFAULT_SPEC),
            (stream, tf, open, columns, set) -> set.values(row));
    feed(bank, 0, 50_000);
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().threadId();
    long before = threads.getThreadAllocatedBytes(id);
    feed(bank, 50_000, 100_000);
    long allocated = threads.getThreadAllocatedBytes(id) - before;

    assertThat(allocated).as("bytes allocated by 100k closed bars").isLessThan(1024);
  }

  private static void feed(IndicatorBank bank, int from, int count) {
    for (int k = from; k < from + count; k++) {
      double c = 100 + Math.sin(k * 0.1);
      bank.barClosed(k & 3, Timeframe.M1, k * MINUTE, c, c + 0.5, c - 0.5, c, 10);
    }
  }

  private static Offset<Double> within() {
    return Offset.offset(1e-12);
  }
}
