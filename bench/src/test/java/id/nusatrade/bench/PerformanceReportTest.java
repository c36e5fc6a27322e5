package id.nusatrade.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Smoke test of the report writer only; the benchmarks themselves never run in the build. */
class PerformanceReportTest {
  private final PerformanceReport report =
      new PerformanceReport(
          Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC),
          new Machine(2, "Test CPU", "JDK 25", "0.5 0.4 0.3"));

  @Test
  void rendersRowsMachineAndSpeedup() {
    String section =
        report.section(
            List.of(
                new PerformanceReport.Row("nusatradeIndicatorSet", 100, 2, 0),
                new PerformanceReport.Row("ta4jIncremental", 1000, 20, 5000)));

    assertThat(section)
        .startsWith("## Indicator set vs ta4j")
        .contains("- date: 2025-01-02")
        .contains("nproc 2, Test CPU")
        .contains("| nusatradeIndicatorSet | 100.0 | 2.0 | 10,000,000 | 0.0 |")
        .contains("10.0x faster");
  }

  @Test
  void replacesOnlyItsOwnSection() {
    String doc = "# Performance\n\n## Indicator set vs ta4j\n\nold\n\n## Other\n\nkeep\n";

    String updated = PerformanceReport.replaceSection(doc, "## Indicator set vs ta4j\n\nnew\n");

    assertThat(updated)
        .isEqualTo("# Performance\n\n## Indicator set vs ta4j\n\nnew\n\n## Other\n\nkeep\n");
    assertThat(PerformanceReport.replaceSection("# P\n", "## Indicator set vs ta4j\n"))
        .isEqualTo("# P\n\n## Indicator set vs ta4j\n");
  }
}
