package id.nusatrade.backtest.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.nusatrade.backtest.AppleBars;
import id.nusatrade.backtest.cli.BacktestCommand;
import id.nusatrade.backtest.strategy.Examples;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9, done-when 3: the same strategy, bars, costs and fill through the platform's service and
 * through {@code ./nusatrade backtest} give identical trades (and the identical report, but for the
 * name of the input).
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

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({"api-example, none, next-open", "rich, costs, next-open", "rich, costs, close"})
  void theServiceAndTheCommandLineGiveIdenticalTrades(String which, String costs, String fill)
      throws Exception {
    String strategy = which.equals("rich") ? RICH : Examples.text(Examples.SMA_CROSS);
    String costsText = costs.equals("none") ? "none" : COSTS;
    Path bars = Files.writeString(dir.resolve("bars.csv"), AppleBars.csv());
    Path strategyFile = Files.writeString(dir.resolve("s.yaml"), strategy);
    Path costsFile = Files.writeString(dir.resolve("costs.yaml"), COSTS);
    Path out = dir.resolve("out.json");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        BacktestCommand.run(
            new String[] {
              "--input",
              bars.toString(),
              "--strategy",
              strategyFile.toString(),
              "--costs",
              costs.equals("none") ? "none" : costsFile.toString(),
              "--fill",
              fill,
              "--report",
              out.toString(),
              "--no-progress"
            },
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();

    MemoryRuns runs = new MemoryRuns();
    ManualExecutor executor = new ManualExecutor(1);
    BacktestService service =
        new BacktestService(
            runs,
            new BacktestServiceTest.AppleFeed(),
            new BacktestServiceTest.Tenants(),
            new BacktestServiceTest.Limits(),
            BacktestServiceTest.CLOCK,
            executor);
    BacktestRun started =
        service.submit(
            BacktestServiceTest.PRO,
            new BacktestRequest(
                strategy, new BarSource.Upload(AppleBars.csv()), costsText, fill, null));
    executor.runNext();
    BacktestRun done = service.find(BacktestServiceTest.PRO, started.id()).orElseThrow();

    ObjectMapper json = new ObjectMapper();
    JsonNode cli = json.readTree(out.toFile());
    JsonNode platform = json.readTree(done.report());
    assertThat(cli.path("trades").size()).as("trades to compare").isGreaterThan(2);
    assertThat(platform.path("trades")).isEqualTo(cli.path("trades"));
    ((ObjectNode) cli).remove("input");
    ((ObjectNode) platform).remove("input");
    assertThat(platform).isEqualTo(cli);
  }
}
