package id.nusatrade.signals;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.signals.features.FeatureSpec;
import id.nusatrade.signals.model.ModelKind;
import id.nusatrade.signals.training.ModelTraining;
import id.nusatrade.signals.training.Progress;
import id.nusatrade.signals.training.SampleSet;
import id.nusatrade.signals.training.TrainOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Replacing every bar after a cut with different data changes no feature, no inference-time label
 * and no decision before the cut, for every model kind; and it does change decisions after the cut
 * (so the comparison can fail).
 */
class NoLookAheadTest {
  private static final int CUT = 400;
  private static final int HORIZON = 3;

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(value = ModelKind.class, names = "ONNX", mode = EnumSource.Mode.EXCLUDE)
  void barsAfterTheCutChangeNothingBeforeIt(ModelKind kind) throws IOException {
    TrainOptions options = TrainOptions.defaults(kind, HORIZON).withFolds(2);
    new ModelTraining(options, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), Progress.NONE)
        .run(Synthetic.meanReverting(7, 900, 0.2), dir);
    BarSeries original = Synthetic.meanReverting(8, 700, 0.2);
    BarSeries altered = alterAfter(original, CUT);

    List<Decision> a = decisions(original);
    List<Decision> b = decisions(altered);
    assertThat(b.subList(0, CUT)).isEqualTo(a.subList(0, CUT));
    assertThat(b.subList(CUT, b.size())).isNotEqualTo(a.subList(CUT, a.size()));
    assertThat(a.get(CUT - 1).warm()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(value = ModelKind.class, names = "ONNX", mode = EnumSource.Mode.EXCLUDE)
  void featureRowsAndLabelsBeforeTheCutMinusTheHorizonAreUnchanged(ModelKind unused) {
    BarSeries original = Synthetic.meanReverting(8, 700, 0.2);
    BarSeries altered = alterAfter(original, CUT);
    SampleSet a = SampleSet.build(original, FeatureSpec.defaults(), HORIZON);
    SampleSet b = SampleSet.build(altered, FeatureSpec.defaults(), HORIZON);
    int i = 0;
    for (; a.bar()[i] + HORIZON < CUT; i++) {
      assertThat(b.bar()[i]).isEqualTo(a.bar()[i]);
      assertThat(b.x()[i]).containsExactly(a.x()[i]);
      assertThat(b.y()[i]).isEqualTo(a.y()[i]);
    }
    assertThat(i).isGreaterThan(CUT - 100);
  }

  private List<Decision> decisions(BarSeries s) throws IOException {
    List<Decision> out = new ArrayList<>();
    try (BarSignals signals = Signals.load(dir)) {
      for (int t = 0; t < s.size(); t++) {
        out.add(
            signals.onBar(
                s.time()[t], s.open()[t], s.high()[t], s.low()[t], s.close()[t], s.volume()[t]));
      }
    }
    return out;
  }

  /** Same bars up to the cut, then a different path (another seed) continuing from the cut. */
  static BarSeries alterAfter(BarSeries s, int cut) {
    BarSeries other = Synthetic.series(99, s.size(), 0.0, 0, s.time()[0]);
    BarSeries.Builder b = new BarSeries.Builder();
    for (int t = 0; t < s.size(); t++) {
      if (t < cut) {
        b.add(s.time()[t], s.open()[t], s.high()[t], s.low()[t], s.close()[t], s.volume()[t]);
      } else {
        double k = s.close()[cut - 1] / other.open()[cut];
        b.add(
            s.time()[t],
            other.open()[t] * k,
            other.high()[t] * k,
            other.low()[t] * k,
            other.close()[t] * k,
            other.volume()[t] * 3);
      }
    }
    BarSeries altered = b.build();
    if (Arrays.equals(altered.close(), s.close())) {
      throw new IllegalStateException("alteration changed nothing");
    }
    return altered;
  }
}
