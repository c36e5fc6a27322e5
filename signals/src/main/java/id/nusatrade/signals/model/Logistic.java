package id.nusatrade.signals.model;

/**
 * Logistic regression by Newton's method with a small ridge, for Platt scaling (one input) and for
 * the ensemble's weights (one input per member). Targets are smoothed as Platt proposed ((N₊+1) /
 * (N₊+2) and 1 / (N₋+2)) so a small validation set does not give probabilities of 0 or 1.
 */
public final class Logistic {
  private static final double RIDGE = 1e-3;

  private Logistic() {}

  /** Returns the weights, one per column of {@code x}, then the intercept. */
  public static double[] fit(double[][] x, int[] y) {
    int n = y.length;
    int k = x.length == 0 ? 0 : x[0].length;
    long positives = java.util.Arrays.stream(y).filter(v -> v == 1).count();
    double hi = (positives + 1.0) / (positives + 2.0);
    double lo = 1.0 / (n - positives + 2.0);
    double[] w = new double[k + 1];
    for (int iteration = 0; iteration < 50; iteration++) {
      double[] gradient = new double[k + 1];
      double[][] hessian = new double[k + 1][k + 1];
      for (int i = 0; i < n; i++) {
        double p = sigmoid(dot(w, x[i]));
        double t = y[i] == 1 ? hi : lo;
        double s = Math.max(p * (1 - p), 1e-9);
        for (int a = 0; a <= k; a++) {
          double xa = a < k ? x[i][a] : 1;
          gradient[a] += (p - t) * xa;
          for (int b = 0; b <= k; b++) {
            hessian[a][b] += s * xa * (b < k ? x[i][b] : 1);
          }
        }
      }
      for (int a = 0; a < k; a++) {
        gradient[a] += RIDGE * w[a];
        hessian[a][a] += RIDGE;
      }
      hessian[k][k] += 1e-9;
      double[] step = solve(hessian, gradient);
      double size = 0;
      for (int a = 0; a <= k; a++) {
        w[a] -= step[a];
        size = Math.max(size, Math.abs(step[a]));
      }
      if (size < 1e-9) {
        break;
      }
    }
    return w;
  }

  static double dot(double[] w, double[] x) {
    double z = w[w.length - 1];
    for (int i = 0; i < x.length; i++) {
      z += w[i] * x[i];
    }
    return z;
  }

  public static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }

  /** Gaussian elimination with partial pivoting (k is 1 to 4 here). */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    double[] v = b.clone();
    for (int i = 0; i < n; i++) {
      m[i] = a[i].clone();
    }
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
          pivot = r;
        }
      }
      double[] row = m[c];
      m[c] = m[pivot];
      m[pivot] = row;
      double t = v[c];
      v[c] = v[pivot];
      v[pivot] = t;
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        for (int j = c; j < n; j++) {
          m[r][j] -= f * m[c][j];
        }
        v[r] -= f * v[c];
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = v[r];
      for (int j = r + 1; j < n; j++) {
        s -= m[r][j] * x[j];
      }
      x[r] = s / m[r][r];
    }
    return x;
  }
}
