package id.nusatrade.signals.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.signals.BarSignals;
import id.nusatrade.signals.Contribution;
import id.nusatrade.signals.Decision;
import id.nusatrade.signals.Signals;
import id.nusatrade.signals.Synthetic;
import id.nusatrade.signals.features.FeaturePipeline;
import id.nusatrade.signals.features.FeatureSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ONNX model trained elsewhere, served through DJL's ONNX Runtime engine behind the same port: a
 * linear graph written by {@link TinyOnnx} decides exactly as the same formula computed by hand on
 * the same features, its occlusion contributions are the exact {@code w_i x_i} of a linear model,
 * and a model whose declared features or input width differ from {@code model.json}'s is refused at
 * load.
 */
class OnnxScorerTest {
  static final String SPEC = "ret:1,ret:5,rsi:14";
  static final float[] W = {40f, -25f, 0.02f};
  static final float B = -1f;

  @TempDir Path dir;

  static List<String> names() {
    return new FeaturePipeline(new FeatureSpec(SPEC)).names();
  }

  /** Writes model.onnx and a model.json (identity calibration) with its content version. */
  static void write(Path dir, byte[] onnx, List<String> names) throws IOException {
    Files.write(dir.resolve(OnnxScorer.FILE), onnx);
    ModelMetadata m =
        new ModelMetadata(
            "onnx",
            "unversioned",
            SPEC,
            names,
            5,
            0.02,
            Calibration.IDENTITY,
            Map.of(),
            0,
            0,
            0,
            "2026-12-03T00:00:00Z");
    ObjectMapper json = new ObjectMapper();
    json.writeValue(dir.resolve(ModelStore.METADATA).toFile(), m);
    json.writeValue(
        dir.resolve(ModelStore.METADATA).toFile(), m.withVersion(ModelStore.version(dir)));
  }

  @Test
  void decidesAsTheFormulaOnTheSameFeaturesWithExactLinearContributions() throws IOException {
    assertThat(names()).containsExactly("ret_1", "ret_5", "rsi_14");
    write(dir, TinyOnnx.linear(W, B, names()), names());
    BarSeries s = Synthetic.meanReverting(3, 120, 0.2);
    FeaturePipeline reference = new FeaturePipeline(new FeatureSpec(SPEC));
    List<Decision> warm = new ArrayList<>();
    try (BarSignals signals = Signals.load(dir)) {
      assertThat(signals.model().kind()).isEqualTo("onnx");
      assertThat(signals.model().version()).startsWith("onnx-");
      for (int t = 0; t < s.size(); t++) {
        Decision d =
            signals.onBar(
                s.time()[t], s.open()[t], s.high()[t], s.low()[t], s.close()[t], s.volume()[t]);
        reference.push(
            s.time()[t], s.open()[t], s.high()[t], s.low()[t], s.close()[t], s.volume()[t]);
        if (!d.warm()) {
          continue;
        }
        warm.add(d);
        double[] x = reference.values();
        double logit = B;
        for (int j = 0; j < x.length; j++) {
          logit += (float) x[j] * W[j];
        }
        assertThat(d.probabilityUp()).isCloseTo(1 / (1 + Math.exp(-logit)), within(1e-5));
        for (Contribution c : d.contributions()) {
          int j = names().indexOf(c.feature());
          assertThat(c.featureValue()).isEqualTo(x[j]);
          assertThat(c.logOdds()).isCloseTo(W[j] * (float) x[j], within(1e-4));
        }
        assertThat(d.contributions()).hasSize(3);
      }
    }
    assertThat(warm).hasSizeGreaterThan(90);
    assertThat(warm.stream().map(Decision::direction).distinct().count())
        .as("the model is not constant")
        .isGreaterThan(1);
  }

  @Test
  void declaredFeaturesOtherThanModelJsonsAreRefused() throws IOException {
    List<String> reordered = List.of("ret_5", "ret_1", "rsi_14");
    write(dir, TinyOnnx.linear(W, B, reordered), names());

    IOException e = assertThrows(IOException.class, () -> Signals.load(dir));
    assertThat(e.getMessage())
        .contains("was trained on features [ret_5, ret_1, rsi_14]")
        .contains("model.json serves [ret_1, ret_5, rsi_14]");
  }

  @Test
  void anInputWidthOtherThanTheFeaturesIsRefused() throws IOException {
    write(dir, TinyOnnx.linear(new float[] {1f, 2f}, B, names()), names());

    IOException e = assertThrows(IOException.class, () -> Signals.load(dir));
    assertThat(e.getMessage()).contains("does not take [N, 3] features");
  }

  @Test
  void aModelWithoutDeclaredFeaturesOrNotOnnxIsRefused() throws IOException {
    Files.write(dir.resolve(OnnxScorer.FILE), "not onnx".getBytes());
    write(dir, "not onnx".getBytes(), names());
    assertThat(assertThrows(IOException.class, () -> Signals.load(dir)).getMessage())
        .contains("cannot load ONNX model");
  }

  @Test
  void anOnnxModelIsStoredThroughThePlatformsUploadAndAMismatchIsRefusedThere(@TempDir Path models)
      throws IOException {
    write(dir, TinyOnnx.linear(W, B, names()), names());
    Map<String, byte[]> files =
        Map.of(
            ModelStore.METADATA, Files.readAllBytes(dir.resolve(ModelStore.METADATA)),
            OnnxScorer.FILE, Files.readAllBytes(dir.resolve(OnnxScorer.FILE)));

    Path stored = id.nusatrade.signals.registry.ModelUpload.store(models, files);
    assertThat(stored.getFileName().toString()).isEqualTo(ModelStore.readMetadata(dir).version());

    write(dir, TinyOnnx.linear(W, B, List.of("a", "b", "c")), names());
    Map<String, byte[]> mismatch =
        Map.of(
            ModelStore.METADATA, Files.readAllBytes(dir.resolve(ModelStore.METADATA)),
            OnnxScorer.FILE, Files.readAllBytes(dir.resolve(OnnxScorer.FILE)));
    var e =
        assertThrows(
            id.nusatrade.signals.registry.ModelException.class,
            () -> id.nusatrade.signals.registry.ModelUpload.store(models, mismatch));
    assertThat(e.getMessage()).contains("does not load").contains("trained on features [a, b, c]");
  }

  @Test
  void onnxIsNotTrainedHere() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ModelKind.parse("onnx").trainer());
    assertThat(e.getMessage()).contains("trained elsewhere");
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }
}
