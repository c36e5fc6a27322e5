package id.nusatrade.signals.training;

/**
 * The training target: the sign of the forward return over {@code horizon} bars, {@code close[t +
 * horizon]} against {@code close[t]}. It reads the future, so it exists only in training and
 * evaluation; nothing at inference calls it. A bar whose forward return is exactly zero, or too
 * close to the end, has no label and is left out.
 */
public final class Labels {
  public static final int UP = 1;
  public static final int DOWN = 0;
  public static final int NONE = -1;

  private Labels() {}

  public static int forwardSign(double[] close, int t, int horizon) {
    if (t + horizon >= close.length) {
      return NONE;
    }
    double future = close[t + horizon];
    return future > close[t] ? UP : future < close[t] ? DOWN : NONE;
  }

  /** The persistence baseline's guess: the sign of the return over the past {@code horizon}. */
  public static int pastSign(double[] close, int t, int horizon) {
    return t >= horizon && close[t] > close[t - horizon] ? UP : DOWN;
  }
}
