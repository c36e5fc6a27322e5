package id.nusatrade.indicators;

import java.util.Arrays;

/** Naive whole-array versions of published definitions, for tests only. */
final class Reference {
  private Reference() {}

  /** EMA seeded with the SMA of the first {@code p} values, alpha {@code 2/(p+1)}. */
  static double[] ema(double[] x, int p) {
    double[] out = new double[x.length];
    Arrays.fill(out, Double.NaN);
    double sum = 0;
    for (int i = 0; i < p; i++) {
      sum += x[i];
    }
    out[p - 1] = sum / p;
    double alpha = 2.0 / (p + 1);
    for (int i = p; i < x.length; i++) {
      out[i] = alpha * x[i] + (1 - alpha) * out[i - 1];
    }
    return out;
  }

  /** Wilder's ATR: mean of the first {@code p} true ranges (from bar 1), then Wilder smoothing. */
  static double[] atr(Bars b, int p) {
    int n = b.size();
    double[] tr = new double[n];
    for (int i = 1; i < n; i++) {
      double pc = b.close()[i - 1];
      tr[i] =
          Math.max(
              b.high()[i] - b.low()[i],
              Math.max(Math.abs(b.high()[i] - pc), Math.abs(b.low()[i] - pc)));
    }
    double[] out = new double[n];
    Arrays.fill(out, Double.NaN);
    double sum = 0;
    for (int i = 1; i <= p; i++) {
      sum += tr[i];
    }
    out[p] = sum / p;
    for (int i = p + 1; i < n; i++) {
      out[i] = (out[i - 1] * (p - 1) + tr[i]) / p;
    }
    return out;
  }

  /** Midpoint of the highest high and lowest low over {@code p} bars. */
  static double[] midpoint(Bars b, int p) {
    double[] out = new double[b.size()];
    Arrays.fill(out, Double.NaN);
    for (int i = p - 1; i < b.size(); i++) {
      double hi = Double.NEGATIVE_INFINITY;
      double lo = Double.POSITIVE_INFINITY;
      for (int j = i - p + 1; j <= i; j++) {
        hi = Math.max(hi, b.high()[j]);
        lo = Math.min(lo, b.low()[j]);
      }
      out[i] = (hi + lo) / 2;
    }
    return out;
  }

  /** Linearly weighted mean of {@code x[i-n+1..i]}, newest weight {@code n}. */
  static double wma(double[] x, int i, int n) {
    double sum = 0;
    for (int j = 0; j < n; j++) {
      sum += (n - j) * x[i - j];
    }
    return sum / (n * (n + 1) / 2.0);
  }

  /**
   * TradingView's {@code ta.supertrend} transcribed literally (Pine's direction -1 = up is mapped
   * to our +1), on Wilder's ATR as above.
   */
  static double[][] superTrend(Bars b, int p, double factor) {
    int n = b.size();
    double[] atr = atr(b, p);
    double[][] out = new double[2][n];
    Arrays.fill(out[0], Double.NaN);
    Arrays.fill(out[1], Double.NaN);
    double prevUpper = 0;
    double prevLower = 0;
    double prevSt = Double.NaN;
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(atr[i])) {
        continue;
      }
      double src = (b.high()[i] + b.low()[i]) / 2;
      double upper = src + factor * atr[i];
      double lower = src - factor * atr[i];
      double prevClose = b.close()[i - 1];
      lower = lower > prevLower || prevClose < prevLower ? lower : prevLower;
      upper = upper < prevUpper || prevClose > prevUpper ? upper : prevUpper;
      int direction;
      if (Double.isNaN(atr[i - 1])) {
        direction = 1;
      } else if (prevSt == prevUpper) {
        direction = b.close()[i] > upper ? -1 : 1;
      } else {
        direction = b.close()[i] < lower ? 1 : -1;
      }
      double st = direction == -1 ? lower : upper;
      out[0][i] = st;
      out[1][i] = -direction;
      prevSt = st;
      prevUpper = upper;
      prevLower = lower;
    }
    return out;
  }
}
