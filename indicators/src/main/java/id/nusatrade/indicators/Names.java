package id.nusatrade.indicators;

import java.math.BigDecimal;
import java.util.StringJoiner;

/**
 * Column names: the indicator name, then the output name for multi-output indicators, then the
 * parameters joined by {@code _} ({@code macd_signal_12_26_9}, {@code bbands_upper_20_2}).
 */
public final class Names {
  private Names() {}

  /** One output named after the indicator. */
  public static String[] single(String name, double... params) {
    return new String[] {join(name, params)};
  }

  /** Several outputs; an empty output name means the indicator's own name (MACD's main line). */
  public static String[] multi(String name, String[] outputs, double... params) {
    String[] names = new String[outputs.length];
    for (int i = 0; i < outputs.length; i++) {
      names[i] = join(outputs[i].isEmpty() ? name : name + "_" + outputs[i], params);
    }
    return names;
  }

  private static String join(String prefix, double... params) {
    StringJoiner joiner = new StringJoiner("_");
    joiner.add(prefix);
    for (double p : params) {
      joiner.add(format(p));
    }
    return joiner.toString();
  }

  /** {@code 2.0 -> "2"}, {@code 0.7 -> "0.7"}: whole numbers print without a fraction. */
  public static String format(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
