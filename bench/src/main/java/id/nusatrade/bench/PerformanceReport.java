package id.nusatrade.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** Renders benchmark results as the "Indicator set vs ta4j" section of docs/performance.md. */
final class PerformanceReport {
  static final String HEADING = "## Indicator set vs ta4j";

  private final Clock clock;
  private final Machine machine;

  PerformanceReport(Clock clock, Machine machine) {
    this.clock = clock;
    this.machine = machine;
  }

  /** One benchmark: name, ns per bar with its 99.9% error, bytes allocated per bar. */
  record Row(String name, double nanos, double error, double bytes) {
    static Row of(RunResult result) {
      Result<?> primary = result.getPrimaryResult();
      Result<?> alloc = result.getSecondaryResults().get("gc.alloc.rate.norm");
      String label = result.getParams().getBenchmark();
      return new Row(
          label.substring(label.lastIndexOf('.') + 1),
          primary.getScore(),
          primary.getScoreError(),
          alloc == null ? Double.NaN : alloc.getScore());
    }
  }

  String section(List<Row> rows) {
    StringBuilder s = new StringBuilder(HEADING).append("\n\n");
    s.append("One operation = one closed bar through the gateway's indicator set `")
        .append(IndicatorSetBenchmark.SPEC)
        .append("` (14 indicators, 19 outputs), then reading every output. ta4j 0.22.2 (DoubleNum,")
        .append(" series bounded to 1000 bars) adds the bar and calls `getValue(endIndex)` on each")
        .append(
            " indicator. Bars: Apple 2013 daily bars (ta4j-examples) repeated to 100k bars."
                + " The ± column and the load average show how busy the machine was: on a"
                + " shared machine compare the two rows of one run, not runs.\n\n");
    s.append(
        String.format(
            Locale.ROOT,
            "- date: %s%n- machine: nproc %d, %s; load average at the end of the run %s%n"
                + "- JDK: %s%n",
            LocalDate.now(clock),
            machine.processors(),
            machine.cpu(),
            machine.load(),
            machine.jdk()));
    s.append("- JMH 1.37: 1 fork, 3 x 1 s warm-up, 5 x 1 s measurement, average time;")
        .append(" run with `java -jar bench/target/benchmarks.jar` from the repository root\n\n");
    s.append(
        "| benchmark | ns per bar | ± (99.9%) | bars per second | bytes allocated per bar |\n");
    s.append("|---|---:|---:|---:|---:|\n");
    for (Row row : rows) {
      s.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %.1f | %,.0f | %.1f |%n",
              row.name(),
              row.nanos(),
              row.error(),
              1e9 / row.nanos(),
              row.bytes()));
    }
    speedup(rows, s);
    return s.toString();
  }

  private static void speedup(List<Row> rows, StringBuilder s) {
    Row ours = find(rows, "nusatrade");
    Row theirs = find(rows, "ta4j");
    if (ours != null && theirs != null) {
      s.append(
          String.format(
              Locale.ROOT,
              "%nThe incremental set is %.1fx faster per bar than ta4j.%n",
              theirs.nanos() / ours.nanos()));
    }
  }

  private static Row find(List<Row> rows, String prefix) {
    return rows.stream().filter(r -> r.name().startsWith(prefix)).findFirst().orElse(null);
  }

  /** Replaces this report's section (up to the next level-2 heading) or appends it. */
  static String replaceSection(String document, String section) {
    return BenchMain.replaceSection(document, HEADING, section);
  }
}
