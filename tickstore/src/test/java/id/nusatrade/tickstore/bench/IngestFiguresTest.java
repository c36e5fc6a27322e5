package id.nusatrade.tickstore.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IngestFiguresTest {
  private final IngestFigures figures =
      new IngestFigures(
          1_000_000,
          new Timings(new long[] {5_000_000_000L, 4_000_000_000L, 8_000_000_000L}),
          new Timings(new long[] {2_000_000_000L, 2_500_000_000L, 4_000_000_000L}),
          200_000,
          2,
          250_000,
          840,
          120_000_000L,
          new Timings(new long[] {60_000_000L, 50_000_000L, 70_000_000L}),
          "18.16.1",
          LocalDate.of(2026, 1, 2),
          new MachineInfo(2, "AMD EPYC", "Eclipse Adoptium 25", "Linux 6", "1.0 / 2.0 / 3.0"));

  @Test
  void ratioComparesTheBestRunsAndTheMedians() {
    assertThat(figures.adapter().bestRate(1_000_000)).isEqualTo(250_000.0);
    assertThat(figures.client().bestRate(1_000_000)).isEqualTo(500_000.0);
    assertThat(figures.ratio()).isEqualTo(0.5);
    assertThat(figures.medianRatio()).isEqualTo(0.5);
  }

  @Test
  void markdownStatesMachineRatesRatioAndOhlcTiming() {
    assertThat(figures.markdown())
        .contains("Measured 2026-01-02 on 2 cores (AMD EPYC), Eclipse Adoptium 25")
        .contains("rows 3 times into a fresh table")
        .contains("Load average at the end: 1.0 / 2.0 / 3.0")
        .contains("2 parallel connections) | 1,000,000 | 4.00 | 250,000 | 200,000 |")
        .contains("| 1,000,000 | 2.00 | 500,000 | 400,000 |")
        .contains("**0.50** at the best runs, 0.50 at the medians (target ≥ 0.50: met)")
        .contains("250,000 ticks of one symbol → 840 bars: first run 120 ms")
        .contains("median 60 ms / best 50 ms of 3 runs");
  }
}
