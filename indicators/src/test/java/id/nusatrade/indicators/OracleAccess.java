package id.nusatrade.indicators;

/** Lets tests in sub-packages use the TA-Lib oracle and its tolerance. */
public final class OracleAccess {
  private OracleAccess() {}

  public static double[][] expected(String token, Bars bars) {
    return TaLibOracle.CASES.get(token).apply(bars);
  }

  public static void check(String column, int bar, double expected, double actual) {
    TaLibEquivalenceTest.check(column, 0, bar, expected, actual);
  }
}
