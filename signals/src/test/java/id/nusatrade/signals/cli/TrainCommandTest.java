package id.nusatrade.signals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.signals.BarSignals;
import id.nusatrade.signals.Signals;
import id.nusatrade.signals.Synthetic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int train(String... args) {
    return TrainCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  static Path csv(Path file, BarSeries s) throws IOException {
    StringBuilder b = new StringBuilder("time,open,high,low,close,volume\n");
    for (int t = 0; t < s.size(); t++) {
      b.append(
          String.format(
              Locale.ROOT,
              "%d,%.6f,%.6f,%.6f,%.6f,%.0f%n",
              s.time()[t],
              s.open()[t],
              s.high()[t],
              s.low()[t],
              s.close()[t],
              s.volume()[t]));
    }
    return Files.writeString(file, b);
  }

  @Test
  void reportJsonHasTheOutOfSampleFiguresAndBaselinesAndNoInSampleFigure() throws IOException {
    Path bars = csv(dir.resolve("bars.csv"), Synthetic.meanReverting(3, 1500, 0.2));
    Path model = dir.resolve("model");
    int code =
        train(
            "--input",
            bars.toString(),
            "--model",
            "lightgbm",
            "--horizon",
            "2",
            "--search",
            "2",
            "--out",
            model.toString());
    assertThat(code).as(err()).isZero(); // (5 folds + the deployed model) x 2 candidates = 12 fits
    assertThat(err()).contains("train: [").contains("100% training 12/12 fits");
    JsonNode report = new ObjectMapper().readTree(model.resolve("report.json").toFile());
    JsonNode oos = report.path("outOfSample");
    double ba = oos.path("balancedAccuracy").asDouble();
    JsonNode ci = oos.path("balancedAccuracyCi95");
    assertThat(ci.isArray()).isTrue();
    assertThat(ci).hasSize(2);
    assertThat(ci.get(0).asDouble()).isLessThanOrEqualTo(ba);
    assertThat(ci.get(1).asDouble()).isGreaterThanOrEqualTo(ba).isLessThanOrEqualTo(1);
    assertThat(oos.path("samples").isInt()).isTrue();
    assertThat(oos.path("samples").asInt()).isGreaterThan(1000);
    for (String key : new String[] {"accuracy", "logLoss", "auc", "brier"}) {
      assertThat(oos.path(key).isNumber()).as(key).isTrue();
    }
    assertThat(oos.path("calibration").path("bins").isArray()).isTrue();
    for (String b : new String[] {"majorityClass", "persistence"}) {
      JsonNode baseline = report.path("baselines").path(b);
      assertThat(baseline.path("balancedAccuracy").isNumber()).as(b).isTrue();
      assertThat(baseline.path("samples").asInt()).isEqualTo(oos.path("samples").asInt());
    }
    assertThat(report.toString().toLowerCase(Locale.ROOT)).doesNotContain("insample");
    assertThat(report.path("validation").path("embargoBars").asInt()).isEqualTo(2);
    assertThat(report.path("folds")).hasSize(5);
    try (BarSignals signals = Signals.load(model)) {
      assertThat(signals.model().version())
          .isEqualTo(report.path("version").asText())
          .startsWith("lightgbm-");
      assertThat(signals.horizon()).isEqualTo(2);
    }
  }

  @Test
  void aMalformedBarNamesItsLine() throws IOException {
    Path bars =
        Files.writeString(
            dir.resolve("bad.csv"),
            "time,open,high,low,close,volume\n1000,1,2,0.5,1.5,10\n2000,1,2,0.5,abc,10\n");
    int code =
        train(
            "--input",
            bars.toString(),
            "--model",
            "xgboost",
            "--horizon",
            "1",
            "--out",
            dir.resolve("m").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err()).contains("line 3").contains("close 'abc' is not a finite number");
  }

  @Test
  void tooFewBarsSaysHowManyAreNeeded() throws IOException {
    Path bars = csv(dir.resolve("short.csv"), Synthetic.randomWalk(1, 150));
    int code =
        train(
            "--input",
            bars.toString(),
            "--model",
            "mlp",
            "--horizon",
            "1",
            "--out",
            dir.resolve("m").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err()).contains("too few bars: 150 bars").contains("at least 180");
  }

  @Test
  void aHorizonThatPurgesTheFirstFoldAwayIsRefused() throws IOException {
    Path bars = csv(dir.resolve("bars.csv"), Synthetic.randomWalk(1, 300));
    int code =
        train(
            "--input",
            bars.toString(),
            "--model",
            "lightgbm",
            "--horizon",
            "30",
            "--out",
            dir.resolve("m").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err()).contains("too few bars: a walk-forward fold keeps");
  }

  @Test
  void unknownAndUnbuiltModelsAreRefusedByName() {
    assertThat(train("--input", "x.csv", "--model", "prophet", "--horizon", "1", "--out", "d"))
        .isEqualTo(2);
    assertThat(err())
        .contains("unknown model 'prophet' (known: lightgbm|xgboost|mlp|ensemble|onnx)");
    assertThat(train("--input", "x.csv", "--model", "onnx", "--horizon", "1", "--out", "d"))
        .isEqualTo(2);
    assertThat(err()).contains("model 'onnx' is trained elsewhere");
    assertThat(train("--input", "x.csv", "--model", "lstm", "--horizon", "1", "--out", "d"))
        .isEqualTo(2);
    assertThat(err()).contains("model 'lstm' is not built yet");
  }

  @Test
  void helpGoesToStandardOutput() {
    assertThat(train("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: train --input");
  }
}
