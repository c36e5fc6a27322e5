package id.nusatrade.tickstore.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IngestFiguresTest {
  private final IngestFigures figures =
      new IngestFigures(
          1_000_000,
          4_000_000_000L,
          2_000_000_000L,
          200_000,
          250_000,
          840,
          120_000_000L,
          60_000_000L,
          "18.16.1",
          LocalDate.of(2026, 1, 2),
          new MachineInfo(2, "AMD EPYC", "Eclipse Adoptium 25", "Linux 6", "1.0 / 2.0 / 3.0"));

  @Test
  void ratesComeFromRowsAndElapsedTime() {
    assertThat(figures.adapterRate()).isEqualTo(250_000.0);
    assertThat(figures.clientRate()).isEqualTo(500_000.0);
    assertThat(figures.ratio()).isEqualTo(0.5);
  }

  @Test
  void markdownStatesMachineRatesRatioAndOhlcTiming() {
    assertThat(figures.markdown())
        .contains("Measured 2026-01-02 on 2 cores (AMD EPYC), Eclipse Adoptium 25")
        .contains("Load average at the end of the run: 1.0 / 2.0 / 3.0")
        .contains("| 1,000,000 | 4.00 | 250,000 |")
        .contains("| 1,000,000 | 2.00 | 500,000 |")
        .contains("**0.50** (target ≥ 0.50: met)")
        .contains(
            "250,000 ticks of one symbol → 840 bars: first run 120 ms, median of 5 runs 60 ms");
  }
}
