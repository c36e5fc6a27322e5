package id.nusatrade.signals.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private static final int[] Y = {1, 1, 1, 0, 0};
  private static final double[] P = {0.9, 0.6, 0.4, 0.3, 0.7};

  @Test
  void balancedAccuracyIsTheMeanOfBothRecalls() {
    // ups predicted right: 2 of 3; downs predicted right: 1 of 2
    assertThat(Metrics.balancedAccuracy(Y, P)).isCloseTo((2.0 / 3 + 1.0 / 2) / 2, within(1e-12));
    assertThat(Metrics.accuracy(Y, P)).isCloseTo(3.0 / 5, within(1e-12));
  }

  @Test
  void aucCountsCorrectlyOrderedPairs() {
    // pairs (up, down): (0.9,0.3)+ (0.9,0.7)+ (0.6,0.3)+ (0.6,0.7)- (0.4,0.3)+ (0.4,0.7)- = 4/6
    assertThat(Metrics.auc(Y, P)).isCloseTo(4.0 / 6, within(1e-12));
    assertThat(Metrics.auc(new int[] {1, 0}, new double[] {0.5, 0.5})).isEqualTo(0.5);
  }

  @Test
  void logLossAndBrierByHand() {
    double expected =
        -(Math.log(0.9) + Math.log(0.6) + Math.log(0.4) + Math.log(0.7) + Math.log(0.3)) / 5;
    assertThat(Metrics.logLoss(Y, P)).isCloseTo(expected, within(1e-12));
    double brier = (0.01 + 0.16 + 0.36 + 0.09 + 0.49) / 5;
    assertThat(Metrics.brier(Y, P)).isCloseTo(brier, within(1e-12));
  }

  @Test
  void calibrationBinsAverageWhatFallsInThem() {
    var bins = Metrics.calibrationBins(new int[] {1, 0, 1}, new double[] {0.61, 0.65, 0.95});
    assertThat(bins).hasSize(2);
    assertThat(bins.get(0).count()).isEqualTo(2);
    assertThat(bins.get(0).meanPredicted()).isCloseTo(0.63, within(1e-12));
    assertThat(bins.get(0).observedUp()).isEqualTo(0.5);
  }

  @Test
  void bootstrapIntervalOfACoinFlipPredictorCoversHalfAndHasTheBinomialWidth() {
    Random random = new Random(11);
    int n = 4000;
    int[] y = new int[n];
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = random.nextBoolean() ? 1 : 0;
      p[i] = random.nextDouble();
    }
    double[] ci = Metrics.balancedAccuracyCi95(y, p, 1, 2000, 5);
    assertThat(ci[0]).isLessThan(0.5);
    assertThat(ci[1]).isGreaterThan(0.5);
    // sd of BA for an independent predictor with q = 1/2: sqrt(q(1-q)/n) = 0.0079; 95% ~ ±0.0155
    assertThat(ci[1] - ci[0]).isCloseTo(2 * 1.96 * Math.sqrt(0.25 / n), within(0.006));
  }
}
