package id.nusatrade.signals.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * The perceptron's forward pass: standardise, tanh hidden layer, linear output (log-odds).
 * Contributions are input × gradient in standardised units, so they are an attribution, not an
 * exact decomposition: the remainder goes to the base value.
 */
final class MlpScorer implements Scorer {
  static final String FILE = "mlp.json";

  /** The saved form. */
  record Weights(double[] mean, double[] sd, double[][] w1, double[] b1, double[] w2, double b2) {}

  private final double[] mean;
  private final double[] sd;
  private final double[][] w1;
  private final double[] b1;
  private final double[] w2;
  private double b2;
  private final double[] input;
  private final double[] hidden;

  private MlpScorer(Weights w) {
    this.mean = w.mean();
    this.sd = w.sd();
    this.w1 = w.w1();
    this.b1 = w.b1();
    this.w2 = w.w2();
    this.b2 = w.b2();
    this.input = new double[mean.length];
    this.hidden = new double[b1.length];
  }

  static MlpScorer initial(double[][] standardizer, int hiddenUnits, Random random) {
    int w = standardizer[0].length;
    double[][] w1 = new double[hiddenUnits][w];
    double scale = Math.sqrt(1.0 / w);
    for (double[] row : w1) {
      for (int j = 0; j < w; j++) {
        row[j] = random.nextGaussian() * scale;
      }
    }
    double[] w2 = new double[hiddenUnits];
    for (int k = 0; k < hiddenUnits; k++) {
      w2[k] = random.nextGaussian() * Math.sqrt(1.0 / hiddenUnits);
    }
    return new MlpScorer(
        new Weights(standardizer[0], standardizer[1], w1, new double[hiddenUnits], w2, 0));
  }

  static MlpScorer load(Path dir) throws IOException {
    return new MlpScorer(new ObjectMapper().readValue(dir.resolve(FILE).toFile(), Weights.class));
  }

  /** Standardised copy of {@code x} into {@code dest}; a missing value becomes the mean (0). */
  double[] standardize(double[] x, double[] dest) {
    for (int j = 0; j < mean.length; j++) {
      double z = (x[j] - mean[j]) / sd[j];
      dest[j] = Double.isFinite(z) ? z : 0;
    }
    return dest;
  }

  private double forward(double[] z) {
    double out = b2;
    for (int k = 0; k < hidden.length; k++) {
      double a = b1[k];
      double[] row = w1[k];
      for (int j = 0; j < z.length; j++) {
        a += row[j] * z[j];
      }
      hidden[k] = Math.tanh(a);
      out += w2[k] * hidden[k];
    }
    return out;
  }

  @Override
  public ModelKind kind() {
    return ModelKind.MLP;
  }

  @Override
  public double score(double[] features) {
    return forward(standardize(features, input));
  }

  @Override
  public void contributions(double[] features, double[] dest) {
    double score = forward(standardize(features, input));
    double sum = 0;
    for (int j = 0; j < input.length; j++) {
      double gradient = 0;
      for (int k = 0; k < hidden.length; k++) {
        gradient += w2[k] * (1 - hidden[k] * hidden[k]) * w1[k][j];
      }
      dest[j] = gradient * input[j];
      sum += dest[j];
    }
    dest[input.length] = score - sum;
  }

  /** Adds the log-loss gradient of one standardised row to {@code grad} (layout: see below). */
  void accumulateGradient(double[] z, int label, double[] grad) {
    double error = Logistic.sigmoid(forward(z)) - label;
    int w = z.length;
    int h = hidden.length;
    for (int k = 0; k < h; k++) {
      double back = error * w2[k] * (1 - hidden[k] * hidden[k]);
      int base = k * w;
      for (int j = 0; j < w; j++) {
        grad[base + j] += back * z[j];
      }
      grad[h * w + k] += back;
      grad[h * w + h + k] += error * hidden[k];
    }
    grad[h * w + 2 * h] += error;
  }

  /** Layout: w1 row by row, b1, w2, b2. */
  double[] parameters() {
    int w = mean.length;
    int h = hidden.length;
    double[] theta = new double[h * w + 2 * h + 1];
    for (int k = 0; k < h; k++) {
      System.arraycopy(w1[k], 0, theta, k * w, w);
    }
    System.arraycopy(b1, 0, theta, h * w, h);
    System.arraycopy(w2, 0, theta, h * w + h, h);
    theta[theta.length - 1] = b2;
    return theta;
  }

  void setParameters(double[] theta) {
    int w = mean.length;
    int h = hidden.length;
    for (int k = 0; k < h; k++) {
      System.arraycopy(theta, k * w, w1[k], 0, w);
    }
    System.arraycopy(theta, h * w, b1, 0, h);
    System.arraycopy(theta, h * w + h, w2, 0, h);
    b2 = theta[theta.length - 1];
  }

  @Override
  public void save(Path dir) throws IOException {
    new ObjectMapper()
        .writeValue(dir.resolve(FILE).toFile(), new Weights(mean, sd, w1, b1, w2, b2));
  }

  @Override
  public void close() {
    // heap only
  }
}
