package id.nusatrade.signals.model;

/**
 * Platt scaling, fitted on validation scores the model never trained on: {@code p = σ(slope × score
 * + intercept)}.
 */
public record Calibration(double slope, double intercept) {
  public static final Calibration IDENTITY = new Calibration(1, 0);

  public static Calibration fit(double[] scores, int[] labels) {
    double[][] x = new double[scores.length][];
    for (int i = 0; i < scores.length; i++) {
      x[i] = new double[] {scores[i]};
    }
    double[] w = Logistic.fit(x, labels);
    return new Calibration(w[0], w[1]);
  }

  public double logOdds(double score) {
    return slope * score + intercept;
  }

  public double probability(double score) {
    return Logistic.sigmoid(logOdds(score));
  }
}
