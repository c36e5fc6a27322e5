package id.nusatrade.market.bars;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.market.Timeframe;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finer bars (a backtest's input) merged into coarser ones, fractional volume kept. */
class BarAggregatorFromBarsTest {
  record Closed(long open, double o, double h, double l, double c, double v) {}

  @Test
  void m1BarsMergeIntoM5BarsAndTheLastBarIsEmittedAtTheEndOfTheData() {
    List<Closed> m5 = new ArrayList<>();
    BarAggregator agg =
        new BarAggregator(
            1,
            List.of(
                new BarListener() {
                  @Override
                  public void barClosed(
                      int s, Timeframe tf, long t, double o, double h, double l, double c, long v) {
                    throw new AssertionError("the fractional form is called");
                  }

                  @Override
                  public void barClosed(
                      int s,
                      Timeframe tf,
                      long t,
                      double o,
                      double h,
                      double l,
                      double c,
                      double v) {
                    if (tf == Timeframe.M5) {
                      m5.add(new Closed(t, o, h, l, c, v));
                    }
                  }
                }));
    long t0 = Instant.parse("2024-03-04T10:00:00Z").toEpochMilli();
    long min = 60_000;
    // 10:00..10:04 (one M5 bar), then 10:05 and 10:07 (the next, cut by the end of the data)
    agg.onBar(0, t0, 10, 11, 9.5, 10.5, 0.25);
    agg.onBar(0, t0 + min, 10.5, 12, 10, 11, 1.5);
    agg.onBar(0, t0 + 2 * min, 11, 11.5, 9, 9.25, 2);
    agg.onBar(0, t0 + 4 * min, 9.25, 10, 9.1, 9.75, 0.125);
    agg.onBar(0, t0 + 5 * min, 9.75, 9.8, 9.7, 9.8, 1);
    assertThat(m5).containsExactly(new Closed(t0, 10, 12, 9, 9.75, 3.875));
    agg.onBar(0, t0 + 7 * min, 9.8, 10.2, 9.6, 10, 0.5);
    agg.closeOpenBars(0);
    assertThat(m5)
        .containsExactly(
            new Closed(t0, 10, 12, 9, 9.75, 3.875),
            new Closed(t0 + 5 * min, 9.75, 10.2, 9.6, 10, 1.5));
    agg.closeOpenBars(0);
    assertThat(m5).as("nothing left to emit").hasSize(2);
  }
}
