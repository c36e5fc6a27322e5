package id.nusatrade.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the indicator-set benchmark with short settings (1 fork, 3 x 1 s warm-up, 5 x 1 s
 * measurement, GC profiler for bytes per bar) and writes the "Indicator set vs ta4j" section of
 * {@code docs/performance.md} (or the file given with {@code --doc}).
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws RunnerException, IOException {
    Path doc =
        Path.of(args.length == 2 && args[0].equals("--doc") ? args[1] : "docs/performance.md");
    Options options =
        new OptionsBuilder()
            .include(IndicatorSetBenchmark.class.getName())
            .forks(1)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(1))
            .addProfiler(GCProfiler.class)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    List<PerformanceReport.Row> rows = new ArrayList<>();
    for (RunResult result : results) {
      rows.add(PerformanceReport.Row.of(result));
    }
    String section = new PerformanceReport(Clock.systemUTC(), Machine.describe()).section(rows);
    String existing = Files.exists(doc) ? Files.readString(doc) : "# Performance\n";
    Files.createDirectories(doc.toAbsolutePath().getParent());
    Files.writeString(doc, PerformanceReport.replaceSection(existing, section));
    System.out.println("Wrote " + doc.toAbsolutePath());
  }
}
