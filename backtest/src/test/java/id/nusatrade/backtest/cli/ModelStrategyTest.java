package id.nusatrade.backtest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.backtest.TrainedModels;
import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.signals.BarSignals;
import id.nusatrade.signals.Decision;
import id.nusatrade.signals.Direction;
import id.nusatrade.signals.Signals;
import id.nusatrade.signals.model.ModelKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A strategy reading model.* runs end to end with a LightGBM model trained here on synthetic bars,
 * passes the look-ahead check, and without --model fails naming the line.
 */
class ModelStrategyTest {
  private static final String STRATEGY =
      "name: model\ntimeframe: D1\nentry:\n  long: model.signal > 0\nexit:\n"
          + "  long: model.sell > 0\nsize:\n  units: 1\n";

  @TempDir static Path dir;
  private static Path bars;
  private static Path model;
  private static Path strategy;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void trainModel() throws Exception {
    String csv = TrainedModels.meanRevertingCsv(11, 900);
    bars = Files.writeString(dir.resolve("bars.csv"), csv);
    model = TrainedModels.train(dir, csv, ModelKind.LIGHTGBM);
    strategy = Files.writeString(dir.resolve("model.yaml"), STRATEGY);
  }

  private int run(String... args) {
    return BacktestCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void firstTradeEntersAtTheOpenAfterTheModelsFirstBuy() throws Exception {
    Path report = dir.resolve("out.json");
    int code =
        run(
            "--input", bars.toString(),
            "--strategy", strategy.toString(),
            "--model", model.toString(),
            "--costs", "none",
            "--fill", "next-open",
            "--report", report.toString());
    assertThat(code).as(err.toString()).isZero();
    JsonNode trades = new ObjectMapper().readTree(report.toFile()).get("trades");
    assertThat(trades.size()).isPositive();

    // independently: the model's decisions bar by bar, straight from the signals module
    BarSeries series = BarSeries.read(bars);
    int firstBuy = -1;
    try (BarSignals signals = Signals.load(model, 0)) {
      for (int i = 0; i < series.size() && firstBuy < 0; i++) {
        Decision d =
            signals.onBar(
                series.time()[i],
                series.open()[i],
                series.high()[i],
                series.low()[i],
                series.close()[i],
                series.volume()[i]);
        if (d.warm() && d.direction() == Direction.BUY) {
          firstBuy = i;
        }
      }
    }
    assertThat(firstBuy).isPositive();
    assertThat(trades.get(0).get("entryTime").asLong()).isEqualTo(series.time()[firstBuy + 1]);
    assertThat(trades.get(0).get("entryPrice").asDouble())
        .isCloseTo(series.open()[firstBuy + 1], org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void lookaheadCheckPassesForAModelStrategy() {
    int code =
        run(
            "--input",
            bars.toString(),
            "--strategy",
            strategy.toString(),
            "--model",
            model.toString(),
            "--check-lookahead");
    assertThat(code).as(err.toString() + out).isZero();
    assertThat(out.toString()).contains("no difference before any of");
  }

  @Test
  void withoutModelTheStrategyFailsNamingTheLine() {
    int code = run("--input", bars.toString(), "--strategy", strategy.toString(), "--report", "x");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("line 4").contains("--model DIR");
  }
}
