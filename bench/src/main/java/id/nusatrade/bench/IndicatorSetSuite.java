package id.nusatrade.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The indicator set against ta4j (1 fork, 3 x 1 s warm-up, 5 x 1 s measurement, GC profiler). */
final class IndicatorSetSuite implements BenchSuite {
  @Override
  public String name() {
    return "indicators";
  }

  @Override
  public String heading() {
    return PerformanceReport.HEADING;
  }

  @Override
  public String run(Clock clock) throws Exception {
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
    return new PerformanceReport(clock, Machine.describe()).section(rows);
  }
}
