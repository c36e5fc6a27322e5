package id.nusatrade.signals.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/** Classification metrics of probabilities of "up" against 0/1 labels. */
public final class Metrics {
  private static final double EPS = 1e-15;

  private Metrics() {}

  /**
   * Mean of the recall of each class, predicting up when p ≥ 0.5; one class only gives its recall.
   */
  public static double balancedAccuracy(int[] y, double[] p) {
    return balancedAccuracy(y, p, IntStream.range(0, y.length).toArray());
  }

  static double balancedAccuracy(int[] y, double[] p, int[] rows) {
    long pos = 0;
    long neg = 0;
    long truePos = 0;
    long trueNeg = 0;
    for (int i : rows) {
      boolean up = p[i] >= 0.5;
      if (y[i] == 1) {
        pos++;
        truePos += up ? 1 : 0;
      } else {
        neg++;
        trueNeg += up ? 0 : 1;
      }
    }
    if (pos == 0 || neg == 0) {
      return pos == 0 ? (double) trueNeg / neg : (double) truePos / pos;
    }
    return 0.5 * ((double) truePos / pos + (double) trueNeg / neg);
  }

  public static double accuracy(int[] y, double[] p) {
    long right = IntStream.range(0, y.length).filter(i -> (p[i] >= 0.5) == (y[i] == 1)).count();
    return (double) right / y.length;
  }

  public static double logLoss(int[] y, double[] p) {
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
      double q = Math.min(1 - EPS, Math.max(EPS, p[i]));
      sum -= y[i] == 1 ? Math.log(q) : Math.log(1 - q);
    }
    return sum / y.length;
  }

  public static double brier(int[] y, double[] p) {
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
      sum += (p[i] - y[i]) * (p[i] - y[i]);
    }
    return sum / y.length;
  }

  /** Area under the ROC curve (Mann-Whitney, ties get the average rank); NaN with one class. */
  public static double auc(int[] y, double[] p) {
    Integer[] order = IntStream.range(0, y.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    double rankSumPos = 0;
    long pos = 0;
    for (int i = 0; i < order.length; ) {
      int j = i;
      while (j + 1 < order.length && p[order[j + 1]] == p[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (y[order[k]] == 1) {
          rankSumPos += rank;
          pos++;
        }
      }
      i = j + 1;
    }
    long neg = y.length - pos;
    if (pos == 0 || neg == 0) {
      return Double.NaN;
    }
    return (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
  }

  /** One reliability bin: predictions in [from, to). */
  public record Bin(double from, double to, int count, double meanPredicted, double observedUp) {}

  /** Ten equal-width reliability bins (empty ones left out). */
  public static List<Bin> calibrationBins(int[] y, double[] p) {
    int bins = 10;
    double[] sumP = new double[bins];
    double[] sumY = new double[bins];
    int[] count = new int[bins];
    for (int i = 0; i < y.length; i++) {
      int b = Math.min(bins - 1, (int) (p[i] * bins));
      sumP[b] += p[i];
      sumY[b] += y[i];
      count[b]++;
    }
    List<Bin> out = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      if (count[b] > 0) {
        out.add(
            new Bin(
                b / (double) bins,
                (b + 1) / (double) bins,
                count[b],
                sumP[b] / count[b],
                sumY[b] / count[b]));
      }
    }
    return out;
  }

  /** Expected calibration error: count-weighted |mean predicted − observed| over the bins. */
  public static double expectedCalibrationError(int[] y, double[] p) {
    double sum = 0;
    for (Bin bin : calibrationBins(y, p)) {
      sum += bin.count() * Math.abs(bin.meanPredicted() - bin.observedUp());
    }
    return sum / y.length;
  }

  /**
   * 95% percentile interval of the balanced accuracy by the circular block bootstrap (Politis and
   * Romano): resamples keep runs of {@code block} consecutive rows together, so the overlap of
   * neighbouring labels (autocorrelation up to the horizon) is not mistaken for independent data.
   */
  public static double[] balancedAccuracyCi95(
      int[] y, double[] p, int block, int resamples, long seed) {
    int n = y.length;
    Random random = new Random(seed);
    double[] stats = new double[resamples];
    int[] rows = new int[n];
    for (int r = 0; r < resamples; r++) {
      for (int filled = 0; filled < n; ) {
        int start = random.nextInt(n);
        for (int k = 0; k < block && filled < n; k++) {
          rows[filled++] = (start + k) % n;
        }
      }
      stats[r] = balancedAccuracy(y, p, rows);
    }
    Arrays.sort(stats);
    return new double[] {
      stats[(int) Math.floor(0.025 * (resamples - 1))],
      stats[(int) Math.ceil(0.975 * (resamples - 1))]
    };
  }

  /** Block length: at least twice the horizon (overlapping labels), at least √n. */
  public static int blockLength(int n, int horizon) {
    return Math.max(2 * horizon, (int) Math.ceil(Math.sqrt(n)));
  }
}
