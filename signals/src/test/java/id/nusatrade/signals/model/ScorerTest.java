package id.nusatrade.signals.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.nusatrade.signals.Decision;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind saves and loads to the same scores; tree contributions sum to the score (SHAP). */
class ScorerTest {
  @TempDir Path dir;

  /** Up when x0 + 0.5 x1 > 0 (x2 is noise), 600 rows. */
  static Dataset data(long seed) {
    Random r = new Random(seed);
    double[][] x = new double[600][3];
    int[] y = new int[600];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < 3; j++) {
        x[i][j] = r.nextGaussian();
      }
      y[i] = x[i][0] + 0.5 * x[i][1] + 0.3 * r.nextGaussian() > 0 ? 1 : 0;
    }
    return new Dataset(x, y);
  }

  @ParameterizedTest
  @EnumSource(value = ModelKind.class, names = "ONNX", mode = EnumSource.Mode.EXCLUDE)
  void savedAndLoadedModelsScoreAlikeAndExplainWithTheInformativeFeature(ModelKind kind)
      throws IOException {
    Dataset train = data(1);
    Dataset valid = data(2);
    Scorer scorer = kind.trainer().fit(train, valid, kind.trainer().defaults(), 5);
    ModelMetadata meta =
        new ModelMetadata(
            kind.id(),
            "",
            "ret:1,ret:2,ret:3",
            List.of("a", "b", "noise"),
            1,
            0.05,
            new Calibration(1, 0),
            kind.trainer().defaults(),
            0,
            1,
            600,
            "2026-01-01T00:00:00Z");
    ModelMetadata saved = ModelStore.save(dir, scorer, meta);
    double[] probe = {1.2, -0.3, 0.4};
    double[] contrib = new double[4];
    scorer.contributions(probe, contrib);
    double sum = contrib[0] + contrib[1] + contrib[2] + contrib[3];
    try (CalibratedModel loaded = ModelStore.load(dir)) {
      assertThat(loaded.version()).isEqualTo(saved.version()).startsWith(kind.id() + "-");
      assertThat(loaded.scorer().score(probe)).isCloseTo(scorer.score(probe), within(1e-5));
      Decision d = loaded.decide(probe);
      assertThat(d.direction()).isEqualTo(id.nusatrade.signals.Direction.BUY);
      assertThat(d.contributions().get(0).feature()).isEqualTo("a");
      assertThat(d.contributions().get(0).logOdds()).isPositive();
    }
    try (CalibratedModel fast = ModelStore.load(dir, 0)) {
      Decision d = fast.decide(probe);
      assertThat(d.contributions()).isEmpty();
      assertThat(d.probabilityUp()).isCloseTo(fast.probabilityUp(probe), within(1e-12));
      assertThat(d.direction()).isEqualTo(id.nusatrade.signals.Direction.BUY);
    }
    assertThat(sum).as("contributions + base = score").isCloseTo(scorer.score(probe), within(1e-4));
    scorer.close();
  }
}
