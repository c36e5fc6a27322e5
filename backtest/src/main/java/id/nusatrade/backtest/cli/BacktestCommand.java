package id.nusatrade.backtest.cli;

import id.nusatrade.backtest.costs.CostsFile;
import id.nusatrade.backtest.engine.BacktestResult;
import id.nusatrade.backtest.lookahead.LookaheadReport;
import id.nusatrade.backtest.optimize.Objective;
import id.nusatrade.backtest.optimize.Optimizer;
import id.nusatrade.backtest.report.HtmlReport;
import id.nusatrade.backtest.report.JsonReport;
import id.nusatrade.backtest.report.Report;
import id.nusatrade.backtest.run.RunPlan;
import id.nusatrade.backtest.run.RunSettings;
import id.nusatrade.backtest.strategy.Strategy;
import id.nusatrade.backtest.strategy.StrategyFile;
import id.nusatrade.backtest.yaml.YamlException;
import id.nusatrade.indicators.IndicatorRegistry;
import id.nusatrade.indicators.cli.BadInputException;
import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.signals.BarSignals;
import id.nusatrade.signals.Signals;
import id.nusatrade.trading.fill.Costs;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * {@code backtest --input BARS.csv --strategy FILE [--costs none|FILE] [--fill next-open|close]
 * --report OUT.json [--html OUT.html] [--check-lookahead] [--optimize]}. Exit 0 ok, 2 bad arguments
 * or input (with line numbers), 1 I/O error, 3 the look-ahead check found a difference.
 */
public final class BacktestCommand {
  static final String USAGE =
      """
      Usage: backtest --input <bars.csv> --strategy <strategy.yaml> --report <out.json>
                      [--costs none|<costs.yaml>] [--fill next-open|close] [--html <out.html>]
                      [--equity <amount>] [--check-lookahead] [--no-progress]
                      [--optimize [--objective sharpe] [--folds 4] [--holdout 0.2]]
             backtest --help

        --input            CSV with header time,open,high,low,close,volume (time: epoch ms or
                           ISO-8601). Bars finer than the strategy's timeframe are aggregated;
                           bars at (or coarser than) it are used as they are.
        --strategy         strategy file (YAML): see docs/backtest.md
        --costs            none (default) or a YAML file: spread, slippage, slippage_percent,
                           commission {per_trade, per_unit, percent}
        --fill             next-open (default): a signal on bar i's close fills at bar i+1's open;
                           close: it fills at bar i's close
        --report           report JSON: trades, metrics, buyAndHold (times in epoch ms)
        --html             also an HTML report (equity, drawdown, trades on the price chart;
                           opens offline)
        --equity           initial equity in account money (default 100000)
        --check-lookahead  re-run with every bar after several cut points replaced by different
                           data; any decision or trade before a cut that changes is reported
                           and the exit code is 3; with --report, the findings are in it too
        --optimize         grid search over the strategy's 'parameters' ranges, judged by
                           walk-forward folds (--folds, default 4) and a final held-out share of
                           the bars (--holdout, default 0.2) the search never sees; --objective
                           sharpe|sortino|calmar|totalReturn|cagr|profitFactor (default sharpe).
                           The report's trades and metrics are the held-out run's.
        --model DIR        a model directory written by ./nusatrade train: rules may read
                           model.probability, model.signal, model.buy, model.sell

      Exit codes: 0 ok, 2 bad arguments or input, 1 I/O error, 3 look-ahead found.
      """;

  private BacktestCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    Arguments parsed;
    try {
      parsed = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("backtest: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    if (parsed.help()) {
      out.print(USAGE);
      return 0;
    }
    try {
      return execute(parsed, out, err);
    } catch (YamlException e) {
      err.println("backtest: " + e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      err.println("backtest: " + e.getMessage());
      return 2;
    } catch (BadInputException e) {
      err.println("backtest: malformed input " + parsed.input() + ", " + e.getMessage());
      return 2;
    } catch (NoSuchFileException e) {
      err.println("backtest: no such file " + e.getFile());
      return 2;
    } catch (IOException e) {
      err.println("backtest: I/O error: " + e);
      return 1;
    }
  }

  private static BarSignals loadModel(Path dir) throws IOException {
    try {
      return Signals.load(dir, 0);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot load model " + dir + ": " + e.getMessage(), e);
    }
  }

  private static int execute(Arguments args, PrintStream out, PrintStream err)
      throws IOException, BadInputException {
    IndicatorRegistry registry = IndicatorRegistry.standard();
    BarSignals model = args.model() == null ? null : loadModel(args.model());
    String strategyText = Files.readString(args.strategy(), StandardCharsets.UTF_8);
    Strategy strategy =
        parsed(
            args.strategy(),
            "strategy",
            () -> new StrategyFile(registry, model != null).parse(strategyText));
    Costs costs = args.costs() == null ? Costs.NONE : load(args.costs(), "costs", CostsFile::parse);
    BarSeries input = BarSeries.read(args.input());
    RunSettings settings =
        new RunSettings(strategy, costs, args.fill(), args.equity(), registry, model);
    BarSeries bars = settings.atTimeframe(input);
    describeTimeframe(input, bars, strategy, err);
    RunPlan plan = new RunPlan(settings, strategyText, args.analysis());
    if (args.report() == null) {
      LookaheadReport checks = plan.checkLookahead(bars, progress(args, err, "look-ahead", bars));
      out.print(checks.describe());
      return checks.clean() ? 0 : 3;
    }
    String label = args.optimize() != null ? "optimize" : "backtest";
    Report report =
        parsed(
            args.strategy(),
            "strategy",
            () ->
                plan.run(
                    bars, args.input().toString(), input.size(), progress(args, err, label, bars)));
    if (report.lookahead() != null) {
      out.print(report.lookahead().describe());
    }
    if (report.optimization() != null) {
      describe(report.optimization(), out);
    }
    BacktestResult run = report.run();
    writeAtomically(args.report(), w -> JsonReport.write(report, w));
    if (args.html() != null) {
      writeAtomically(args.html(), w -> HtmlReport.write(report, w));
    }
    out.println(
        "backtest: "
            + run.trades().size()
            + " trades on "
            + run.bars().size()
            + " bars, total return "
            + String.format(java.util.Locale.ROOT, "%.4f", report.metrics().totalReturn())
            + " (buy-and-hold "
            + String.format(java.util.Locale.ROOT, "%.4f", report.buyAndHold().totalReturn())
            + "); report "
            + args.report());
    return report.lookahead() == null || report.lookahead().clean() ? 0 : 3;
  }

  /** A progress bar in bars for one run, in percent for several; nothing with --no-progress. */
  private static java.util.function.DoubleConsumer progress(
      Arguments args, PrintStream err, String label, BarSeries bars) {
    if (!args.progress()) {
      return fraction -> {};
    }
    boolean oneRun = args.optimize() == null && !args.checkLookahead();
    return new ProgressBar(err, label, oneRun ? bars.size() : 100, oneRun ? "bars" : "%");
  }

  private static void describe(Optimizer.Outcome outcome, PrintStream out) {
    Objective objective = outcome.objective();
    for (Optimizer.Fold f : outcome.folds()) {
      out.printf(
          java.util.Locale.ROOT,
          "optimize: fold %s: in-sample %s %.4f, out-of-sample %.4f%n",
          f.pick().parameters(),
          objective.option(),
          f.pick().inSample(),
          objective.of(f.outOfSample()));
    }
    out.printf(
        java.util.Locale.ROOT,
        "optimize: chosen %s (in-sample %.4f); held-out %s %.4f — the report is the held-out run%n",
        outcome.finalPick().parameters(),
        outcome.finalPick().inSample(),
        objective.option(),
        objective.of(outcome.holdOutMetrics()));
  }

  private static void describeTimeframe(
      BarSeries input, BarSeries bars, Strategy strategy, PrintStream err) {
    if (bars != input) {
      err.println(
          "backtest: aggregated "
              + input.size()
              + " input bars into "
              + bars.size()
              + " "
              + strategy.timeframe()
              + " bars");
    } else if (input.medianSpacingMillis() > strategy.timeframe().millis()) {
      err.println(
          "backtest: note: input bars ("
              + Duration.ofMillis(input.medianSpacingMillis())
              + ") are coarser than "
              + strategy.timeframe()
              + "; used as they are");
    }
  }

  /** Parses a file, prefixing a positioned error with the file's name. */
  private static <T> T load(Path path, String what, java.util.function.Function<String, T> parser)
      throws IOException {
    String text = Files.readString(path, StandardCharsets.UTF_8);
    return parsed(path, what, () -> parser.apply(text));
  }

  /** Runs {@code step}, prefixing a positioned error in the file with the file's name. */
  private static <T> T parsed(Path path, String what, java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (YamlException e) {
      throw e.in(what + " " + path);
    }
  }

  /** Writes to a temporary file beside {@code target}, then moves it into place. */
  private static void writeAtomically(Path target, WriterBody body) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        body.write(writer);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** A writer-consuming body that may fail with I/O. */
  @FunctionalInterface
  private interface WriterBody {
    void write(Writer writer) throws IOException;
  }
}
