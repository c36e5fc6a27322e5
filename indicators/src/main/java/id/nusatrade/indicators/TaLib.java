package id.nusatrade.indicators;

/**
 * TA-Lib's numeric conventions, kept in one place because the results must equal TA-Lib's: its zero
 * test uses an epsilon (1e-8 in the Java port 0.4.0 we check against) and its EMA factor is {@code
 * 2 / (period + 1)}.
 */
public final class TaLib {
  /** {@code TA_EPSILON} of TA-Lib's Java port 0.4.0. */
  public static final double EPSILON = 0.00000001;

  private TaLib() {}

  /** {@code TA_IS_ZERO}. */
  public static boolean isZero(double v) {
    return -EPSILON < v && v < EPSILON;
  }

  /** {@code TA_IS_ZERO_OR_NEG}. */
  public static boolean isZeroOrNeg(double v) {
    return v < EPSILON;
  }

  /** {@code PER_TO_K}. */
  public static double perToK(int period) {
    return 2.0 / (period + 1);
  }

  /** TA-Lib's true range of a bar given the previous close. */
  public static double trueRange(double high, double low, double prevClose) {
    double range = high - low;
    double up = Math.abs(high - prevClose);
    if (up > range) {
      range = up;
    }
    double down = Math.abs(low - prevClose);
    return down > range ? down : range;
  }
}
