package id.nusatrade.indicators;

/** One parameter of an indicator spec token: its name, default and accepted range. */
public record Param(String name, double defaultValue, double min, double max, boolean integral) {
  /** TA-Lib's largest period. */
  public static final int MAX_PERIOD = 100_000;

  public static Param period(String name, int defaultValue, int min) {
    return new Param(name, defaultValue, min, MAX_PERIOD, true);
  }

  public static Param real(String name, double defaultValue, double min, double max) {
    return new Param(name, defaultValue, min, max, false);
  }

  /** Parses and range-checks {@code text}; the message names the parameter and the bad value. */
  double parse(String text) {
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "parameter '" + name + "' must be a number, got '" + text + "'", e);
    }
    boolean whole = value == Math.rint(value);
    if (!Double.isFinite(value) || value < min || value > max || (integral && !whole)) {
      throw new IllegalArgumentException(
          "parameter '"
              + name
              + "' must be "
              + (integral ? "an integer" : "a number")
              + " from "
              + Names.format(min)
              + " to "
              + Names.format(max)
              + ", got '"
              + text
              + "'");
    }
    return value;
  }
}
