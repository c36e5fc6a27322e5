package id.nusatrade.backtest.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.nusatrade.backtest.AppleBars;
import id.nusatrade.backtest.TrainedModels;
import id.nusatrade.backtest.cli.BacktestCommand;
import id.nusatrade.backtest.optimize.Objective;
import id.nusatrade.backtest.run.Analysis;
import id.nusatrade.backtest.strategy.Examples;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9, done-when 3: the same strategy, bars, costs and fill through the platform's service and
 * through {@code ./nusatrade backtest} give identical trades (and the identical report, but for the
 * name of the input): a plain run, a run with a registry model (the CLI's {@code --model}), an
 * optimisation (walk-forward folds and the held-out run) and the look-ahead check.
 */
class ServiceMatchesCommandLineTest {
  /** Long and short, a stop-loss, a take-profit, a trailing stop and a time exit. */
  static final String RICH =
      """
      name: both-ways
      timeframe: D1
      entry:
        long: ema(5) crosses_above sma(20)
        short: rsi(14) > 60 and close < bbands(20, 2).middle
      exit:
        long: ema(5) crosses_below sma(20)
        short: rsi(14) < 45
      stop_loss:
        distance: 2 * atr(14)
      take_profit:
        percent: 6
      trailing_stop:
        distance: 3 * atr(14)
      time_exit: 15
      size:
        equity_percent: 50
      """;

  static final String COSTS =
      """
      spread: 0.05
      slippage_percent: 0.02
      commission:
        per_trade: 1.5
        percent: 0.01
      """;

  /** Two parameters with two values each, long and short. */
  static final String SEARCH =
      """
      name: sma-search
      timeframe: D1
      parameters:
        fast: {from: 5, to: 10, step: 5}
        slow: {from: 20, to: 30, step: 10}
      entry:
        long: sma(${fast}) crosses_above sma(${slow})
        short: sma(${fast}) crosses_below sma(${slow})
      exit:
        long: sma(${fast}) crosses_below sma(${slow})
        short: sma(${fast}) crosses_above sma(${slow})
      size:
        units: 10
      """;

  static final String MODEL_STRATEGY =
      """
      name: model-and-trend
      timeframe: D1
      entry:
        long: model.signal > 0 and close > sma(10)
        short: model.sell > 0
      exit:
        long: model.sell > 0
        short: model.buy > 0
      stop_loss:
        distance: 2 * atr(14)
      size:
        units: 1
      """;

  static final String ALICE = "alice";
  static final UUID MODEL_ID = new UUID(0xA11CE, 1);

  @TempDir static Path shared;
  static Path model;
  static String modelBars;

  @TempDir Path dir;

  @BeforeAll
  static void trainModel() throws Exception {
    modelBars = TrainedModels.meanRevertingCsv(11, 900);
    model = TrainedModels.train(shared, modelBars, id.nusatrade.signals.model.ModelKind.LIGHTGBM);
  }

  @ParameterizedTest
  @CsvSource({"api-example, none, next-open", "rich, costs, next-open", "rich, costs, close"})
  void theServiceAndTheCommandLineGiveIdenticalTrades(String which, String costs, String fill)
      throws Exception {
    String strategy = which.equals("rich") ? RICH : Examples.text(Examples.SMA_CROSS);
    List<String> args = new ArrayList<>(List.of("--fill", fill));
    if (!costs.equals("none")) {
      args.addAll(List.of("--costs", Files.writeString(dir.resolve("c.yaml"), COSTS).toString()));
    }
    JsonNode cli = commandLine(strategy, AppleBars.csv(), args, 0);
    JsonNode platform =
        platform(
            new BacktestRequest(
                strategy,
                new BarSource.Upload(AppleBars.csv()),
                costs.equals("none") ? "none" : COSTS,
                fill,
                null));
    assertThat(cli.path("trades").size()).as("trades to compare").isGreaterThan(2);
    assertSame(cli, platform);
  }

  @Test
  void aRegistryModelGivesTheTradesOfTheCommandLinesModelOption() throws Exception {
    JsonNode cli = commandLine(MODEL_STRATEGY, modelBars, List.of("--model", model.toString()), 0);
    JsonNode platform =
        platform(
            new BacktestRequest(
                MODEL_STRATEGY,
                new BarSource.Upload(modelBars),
                "none",
                null,
                null,
                MODEL_ID,
                Analysis.NONE));
    assertThat(cli.path("trades").size()).as("trades to compare").isGreaterThan(2);
    assertSame(cli, platform);
  }

  @Test
  void anOptimisationGivesTheSameFoldsHeldOutRunAndTrades() throws Exception {
    JsonNode cli =
        commandLine(
            SEARCH,
            AppleBars.csv(),
            List.of(
                "--optimize", "--objective", "totalReturn", "--folds", "2", "--holdout", "0.25"),
            0);
    JsonNode platform =
        platform(
            new BacktestRequest(
                SEARCH,
                new BarSource.Upload(AppleBars.csv()),
                "none",
                null,
                null,
                null,
                new Analysis(new Analysis.Optimization(Objective.TOTAL_RETURN, 2, 0.25), false)));
    JsonNode optimization = cli.path("optimization");
    assertThat(optimization.path("walkForward").size()).isEqualTo(2);
    assertThat(optimization.path("gridSize").asInt()).isEqualTo(4);
    // the held-out period is the last quarter of the 252 bars: from bar 189
    assertThat(optimization.path("holdOut").path("from").asLong())
        .isEqualTo(AppleBars.series().time()[189]);
    assertThat(cli.path("trades").size()).as("held-out trades to compare").isPositive();
    assertSame(cli, platform);
  }

  @Test
  void theLookaheadCheckReportsTheSameFindings() throws Exception {
    JsonNode cli = commandLine(RICH, AppleBars.csv(), List.of("--check-lookahead"), 0);
    JsonNode platform =
        platform(
            new BacktestRequest(
                RICH,
                new BarSource.Upload(AppleBars.csv()),
                "none",
                null,
                null,
                null,
                new Analysis(null, true)));
    assertThat(cli.path("lookahead").path("clean").asBoolean()).isTrue();
    assertThat(cli.path("lookahead").path("cutsChecked").asInt()).isEqualTo(8);
    assertThat(cli.path("lookahead").path("warmup").size()).isPositive();
    assertSame(cli, platform);
  }

  @Test
  void aPeekingStrategyFailsTheCheckThroughBoth() throws Exception {
    String peeking =
        "name: peek\ntimeframe: D1\nentry:\n  long: close[-1] > close\nexit:\n"
            + "  long: close[-1] < close\nsize:\n  units: 1\n";
    JsonNode cli = commandLine(peeking, AppleBars.csv(), List.of("--check-lookahead"), 3);
    JsonNode platform =
        platform(
            new BacktestRequest(
                peeking,
                new BarSource.Upload(AppleBars.csv()),
                "none",
                null,
                null,
                null,
                new Analysis(null, true)));
    assertThat(platform.path("lookahead").path("clean").asBoolean()).isFalse();
    assertThat(platform.path("lookahead").path("differences").get(0).asText()).contains("differ");
    assertSame(cli, platform);
  }

  private JsonNode commandLine(String strategy, String bars, List<String> more, int exit)
      throws Exception {
    Path input = Files.writeString(dir.resolve("bars.csv"), bars);
    Path strategyFile = Files.writeString(dir.resolve("s.yaml"), strategy);
    Path out = dir.resolve("out.json");
    List<String> args =
        new ArrayList<>(
            List.of(
                "--input",
                input.toString(),
                "--strategy",
                strategyFile.toString(),
                "--report",
                out.toString(),
                "--no-progress"));
    args.addAll(more);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        BacktestCommand.run(
            args.toArray(String[]::new),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(exit);
    return new ObjectMapper().readTree(out.toFile());
  }

  /** Runs the request as alice of the Pro tenant, who may see {@link #MODEL_ID}. */
  private static JsonNode platform(BacktestRequest request) throws Exception {
    ManualExecutor executor = new ManualExecutor(1);
    BacktestService service =
        new BacktestService(
            new MemoryRuns(),
            new BacktestServiceTest.AppleFeed(),
            new BacktestServiceTest.Tenants(),
            new BacktestServiceTest.Limits(),
            BacktestServiceTest.CLOCK,
            executor,
            new TrainedModels.Visible(BacktestServiceTest.PRO, ALICE, MODEL_ID, () -> model));
    BacktestRun started = service.submit(BacktestServiceTest.PRO, ALICE, request);
    executor.runNext();
    BacktestRun done = service.find(BacktestServiceTest.PRO, started.id()).orElseThrow();
    assertThat(done.status()).as(done.error()).isEqualTo(BacktestStatus.SUCCEEDED);
    assertThat(done.progress()).isEqualTo(1.0);
    return new ObjectMapper().readTree(done.report());
  }

  private static void assertSame(JsonNode cli, JsonNode platform) {
    assertThat(platform.path("trades")).isEqualTo(cli.path("trades"));
    ((ObjectNode) cli).remove("input");
    ((ObjectNode) platform).remove("input");
    assertThat(platform).isEqualTo(cli);
  }
}
