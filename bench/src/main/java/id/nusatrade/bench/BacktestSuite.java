package id.nusatrade.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Backtest throughput on one core (1 fork, 2 x 2 s warm-up, 3 x 3 s measurement). */
final class BacktestSuite implements BenchSuite {
  static final String HEADING = "## Backtest throughput";

  @Override
  public String name() {
    return "backtest";
  }

  @Override
  public String heading() {
    return HEADING;
  }

  @Override
  public String run(Clock clock) throws Exception {
    Options options =
        new OptionsBuilder()
            .include(BacktestBenchmark.class.getName())
            .forks(1)
            .jvmArgsAppend("-XX:ActiveProcessorCount=1")
            .warmupIterations(2)
            .warmupTime(TimeValue.seconds(2))
            .measurementIterations(3)
            .measurementTime(TimeValue.seconds(3))
            .build();
    Collection<RunResult> results = new Runner(options).run();
    Machine machine = Machine.describe();
    StringBuilder s = new StringBuilder(HEADING).append("\n\n");
    s.append(
        "One operation = a whole backtest of "
            + String.format(Locale.ROOT, "%,d", BacktestBenchmark.BARS)
            + " daily bars (Apple 2013 from ta4j-examples, repeated) on one thread: indicators"
            + " bar by bar, every rule on every bar, fills with spread, slippage and commission,"
            + " equity marked at every close. `smaCrossApiExample` is the API.md example;"
            + " `richIndicatorStrategy` trades long and short on MACD, RSI and Bollinger with an"
            + " ATR stop, take-profit, trailing stop, time exit and risk sizing (strategies in"
            + " `bench/.../BacktestBenchmark.java`); `treeModelStrategy` runs "
            + String.format(Locale.ROOT, "%,d", BacktestBenchmark.MODEL_BARS)
            + " of those bars with the shipped default LightGBM model in the loop (its features,"
            + " trees and calibration on every bar, as `--model` loads it) beside an SMA trend"
            + " filter and an ATR stop. The forked JVM sees one processor"
            + " (`-XX:ActiveProcessorCount=1`). Read the"
            + " load average and the ± column before comparing runs.\n\n");
    s.append(
        String.format(
            Locale.ROOT,
            "- date: %s%n- machine: nproc %d, %s; load average at the end of the run %s%n"
                + "- JDK: %s%n- JMH 1.37: 1 fork, 2 x 2 s warm-up, 3 x 3 s measurement, average"
                + " time; `./nusatrade bench --only backtest`%n%n",
            LocalDate.now(clock),
            machine.processors(),
            machine.cpu(),
            machine.load(),
            machine.jdk()));
    s.append("| strategy | ms per backtest | ± (99.9%) | bars per second | target |\n");
    s.append("|---|---:|---:|---:|---|\n");
    for (RunResult result : results) {
      String label = result.getParams().getBenchmark();
      label = label.substring(label.lastIndexOf('.') + 1);
      double ms = result.getPrimaryResult().getScore();
      double error = result.getPrimaryResult().getScoreError();
      boolean model = label.equals("treeModelStrategy");
      double barsPerSecond = bars(label) / (ms / 1000);
      s.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %.1f | %,.0f | %s: %s |%n",
              label,
              ms,
              error,
              barsPerSecond,
              model ? "≥ 200,000 bars/s (tree model)" : "≥ 2,000,000 bars/s (indicator-only)",
              barsPerSecond >= (model ? 200_000 : 2_000_000) ? "met" : "not met"));
    }
    cpuTime(s);
    return s.toString();
  }

  private static int bars(String benchmark) {
    return benchmark.equals("treeModelStrategy")
        ? BacktestBenchmark.MODEL_BARS
        : BacktestBenchmark.BARS;
  }

  /**
   * The same backtests timed by the thread's CPU time (in this JVM, after 3 warm-up runs, best of
   * 5): what one core delivers when it is not waiting for the other builds on a shared machine. GC
   * and JIT threads are not counted.
   */
  private static void cpuTime(StringBuilder s) {
    BacktestBenchmark.Setting setting = new BacktestBenchmark.Setting();
    setting.setUp();
    BacktestBenchmark bench = new BacktestBenchmark();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    s.append(
        "\nThread CPU time of the same backtests (this JVM, 3 warm-up runs, best of 5; GC and JIT"
            + " threads not counted), which the other builds on the machine disturb far less:\n\n");
    s.append("| strategy | CPU ms per backtest | bars per CPU second |\n|---|---:|---:|\n");
    BacktestBenchmark.ModelSetting model = new BacktestBenchmark.ModelSetting();
    try {
      model.setUp();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String[] names = {"smaCrossApiExample", "richIndicatorStrategy", "treeModelStrategy"};
    for (int k = 0; k < names.length; k++) {
      long best = Long.MAX_VALUE;
      for (int run = 0; run < 8; run++) {
        long start = threads.getCurrentThreadCpuTime();
        Object result =
            switch (k) {
              case 0 -> bench.smaCrossApiExample(setting);
              case 1 -> bench.richIndicatorStrategy(setting);
              default -> bench.treeModelStrategy(model);
            };
        long used = threads.getCurrentThreadCpuTime() - start;
        if (result != null && run >= 3) {
          best = Math.min(best, used);
        }
      }
      s.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %,.0f |%n",
              names[k],
              best / 1e6,
              bars(names[k]) / (best / 1e9)));
    }
    model.close();
    s.append('\n');
  }
}
