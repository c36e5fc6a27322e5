package id.nusatrade.backtest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.backtest.AppleBars;
import id.nusatrade.backtest.HandSmaCross;
import id.nusatrade.backtest.HandSmaCross.HandTrade;
import id.nusatrade.backtest.strategy.Examples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestCommandTest {
  /** The strategy exactly as API.md prints it (the shipped example file). */
  static final String API_EXAMPLE = Examples.text(Examples.SMA_CROSS);

  @TempDir Path dir;
  private Path bars;
  private Path strategy;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void files() throws IOException {
    bars = Files.writeString(dir.resolve("apple.csv"), AppleBars.csv());
    strategy = Files.writeString(dir.resolve("sma-cross.yaml"), API_EXAMPLE);
  }

  private int run(String... args) {
    return BacktestCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void apiExampleCommandWritesTheHandComputedTradesMetricsAndBuyAndHold() throws IOException {
    Path report = dir.resolve("out.json");
    Path html = dir.resolve("out.html");
    int code =
        run(
            "--input", bars.toString(),
            "--strategy", strategy.toString(),
            "--costs", "none",
            "--fill", "next-open",
            "--report", report.toString(),
            "--html", html.toString());

    assertThat(code).as(err.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    List<String[]> rows = AppleBars.rows();
    List<HandTrade> expected = HandSmaCross.trades(rows, 10, 30);
    JsonNode trades = json.get("trades");
    assertThat(trades.size()).isEqualTo(expected.size());
    for (int k = 0; k < expected.size(); k++) {
      JsonNode t = trades.get(k);
      HandTrade h = expected.get(k);
      assertThat(t.get("side").asText()).isEqualTo("long");
      assertThat(t.get("entryTime").asLong())
          .isEqualTo(AppleBars.epochMillis(rows.get(h.entryBar())[0]));
      assertThat(t.get("exitTime").asLong())
          .isEqualTo(AppleBars.epochMillis(rows.get(h.exitBar())[0]));
      assertThat(t.get("entryPrice").decimalValue()).isEqualByComparingTo(h.entryPrice());
      assertThat(t.get("exitPrice").decimalValue()).isEqualByComparingTo(h.exitPrice());
      assertThat(t.get("quantity").decimalValue()).isEqualByComparingTo(BigDecimal.ONE);
      assertThat(t.get("pnl").decimalValue()).isEqualByComparingTo(h.pnl());
    }
    for (String section : List.of("metrics", "buyAndHold")) {
      List<String> names = new java.util.ArrayList<>();
      json.get(section).fieldNames().forEachRemaining(names::add);
      assertThat(names)
          .as(section)
          .contains(
              "totalReturn",
              "cagr",
              "sharpe",
              "sortino",
              "calmar",
              "maxDrawdown",
              "maxDrawdownPeakTime",
              "maxDrawdownTroughTime",
              "winRate",
              "profitFactor",
              "trades",
              "exposure",
              "averageTrade");
    }
    assertThat(json.get("metrics").get("trades").asInt()).isEqualTo(expected.size());
    assertThat(json.get("buyAndHold").get("trades").asInt()).isEqualTo(1);
    assertThat(err.toString()).contains("100%").contains("252/252 bars");

    String page = Files.readString(html);
    assertThat(page)
        .contains("TradingView Lightweight Charts™ v4.2.3")
        .contains("setMarkers([{time:");
    assertThat(page).doesNotContain("<script src").doesNotContain("{{");
  }

  @Test
  void badStrategyFileExitsTwoNamingTheFileAndLine() throws IOException {
    Path bad =
        Files.writeString(
            dir.resolve("bad.yaml"), API_EXAMPLE.replace("sma(30)\nexit", "smma(30)\nexit"));
    int code = run("--input", bars.toString(), "--strategy", bad.toString(), "--report", "x.json");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("strategy " + bad)
        .contains("line 4, column 31")
        .contains("unknown indicator 'smma'");
    assertThat(dir.resolve("x.json")).doesNotExist();
  }

  @Test
  void checkLookaheadFlagsAPeekingStrategyWithExitCodeThree() throws IOException {
    Path peeking =
        Files.writeString(
            dir.resolve("peek.yaml"),
            "name: peek\ntimeframe: D1\nentry:\n  long: close[-1] > close\nexit:\n"
                + "  long: close[-1] < close\nsize:\n  units: 1\n");
    assertThat(
            run("--input", bars.toString(), "--strategy", peeking.toString(), "--check-lookahead"))
        .isEqualTo(3);
    assertThat(out.toString()).contains("FAILED");
    out.reset();
    assertThat(
            run("--input", bars.toString(), "--strategy", strategy.toString(), "--check-lookahead"))
        .isZero();
    assertThat(out.toString()).contains("no difference before any of 8 cut points");
  }

  @Test
  void helpAndBadArguments() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("--strategy").contains("--check-lookahead");
    assertThat(run("--input", "x.csv")).isEqualTo(2);
    assertThat(run("--input", "x.csv", "--strategy", "s", "--report", "r", "--fill", "later"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--fill must be next-open or close");
  }

  @Test
  void costsFileErrorsNameTheLine() throws IOException {
    Path costs =
        Files.writeString(dir.resolve("costs.yaml"), "spread: 0.1\ncommission:\n  per_lot: 1\n");
    int code =
        run(
            "--input", bars.toString(),
            "--strategy", strategy.toString(),
            "--costs", costs.toString(),
            "--report", dir.resolve("r.json").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("costs " + costs).contains("line 3").contains("per_lot");
  }

  @Test
  void optimizeReportsWalkForwardFoldsAndTheHeldOutRun() throws IOException {
    Path template =
        Files.writeString(
            dir.resolve("search.yaml"),
            API_EXAMPLE
                .replace("sma(10)", "sma(${fast})")
                .replace("size:", "parameters:\n  fast: {from: 5, to: 10, step: 5}\nsize:"));
    Path report = dir.resolve("opt.json");
    int code =
        run(
            "--input",
            bars.toString(),
            "--strategy",
            template.toString(),
            "--optimize",
            "--folds",
            "2",
            "--holdout",
            "0.3",
            "--report",
            report.toString(),
            "--no-progress");
    assertThat(code).as(err.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    JsonNode optimization = json.get("optimization");
    assertThat(optimization.get("objective").asText()).isEqualTo("sharpe");
    assertThat(optimization.get("gridSize").asInt()).isEqualTo(2);
    assertThat(optimization.get("walkForward").size()).isEqualTo(2);
    assertThat(optimization.get("holdOut").get("parameters").has("fast")).isTrue();
    assertThat(json.get("bars").asInt()).isEqualTo(76); // 30 % of 252, the held-out run
    assertThat(out.toString()).contains("held-out");
  }

  @Test
  void finerInputIsAggregatedToTheStrategysTimeframeAndCoarserInputIsUsedAsIs() throws IOException {
    StringBuilder hourly = new StringBuilder("time,open,high,low,close,volume\n");
    for (int h = 0; h < 24 * 60; h++) {
      double p = 100 + 10 * Math.sin(h / 50.0);
      hourly
          .append(h * 3_600_000L)
          .append(',')
          .append(p)
          .append(',')
          .append(p + 0.5)
          .append(',')
          .append(p - 0.5)
          .append(',')
          .append(p)
          .append(",10\n");
    }
    Path input = Files.writeString(dir.resolve("hourly.csv"), hourly.toString());
    Path report = dir.resolve("h.json");
    assertThat(
            run(
                "--input",
                input.toString(),
                "--strategy",
                strategy.toString(),
                "--report",
                report.toString(),
                "--no-progress"))
        .as(err.toString())
        .isZero();
    assertThat(err.toString()).contains("aggregated 1440 input bars into 60 D1 bars");
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("bars").asInt()).isEqualTo(60);
    assertThat(json.get("inputBars").asInt()).isEqualTo(1440);

    Path fourHourly = Files.writeString(dir.resolve("h.yaml"), API_EXAMPLE.replace("D1", "H4"));
    err.reset();
    Path weekly = Files.writeString(dir.resolve("w.csv"), hourly.toString());
    assertThat(
            run(
                "--input",
                weekly.toString(),
                "--strategy",
                fourHourly.toString(),
                "--report",
                report.toString(),
                "--no-progress"))
        .isZero();
    assertThat(new ObjectMapper().readTree(report.toFile()).get("bars").asInt()).isEqualTo(360);
    Path daily = Files.writeString(dir.resolve("m.yaml"), API_EXAMPLE.replace("D1", "M15"));
    err.reset();
    assertThat(
            run(
                "--input",
                input.toString(),
                "--strategy",
                daily.toString(),
                "--report",
                report.toString(),
                "--no-progress"))
        .isZero();
    assertThat(err.toString()).contains("coarser than M15; used as they are");
  }
}
