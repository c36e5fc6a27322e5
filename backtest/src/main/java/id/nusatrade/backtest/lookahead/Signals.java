package id.nusatrade.backtest.lookahead;

import java.util.StringJoiner;

/** Names of the rule bits of {@code BacktestResult.signals()}. */
final class Signals {
  private static final String[] NAMES = {"entry.long", "exit.long", "entry.short", "exit.short"};

  private Signals() {}

  static String describe(byte mask) {
    StringJoiner out = new StringJoiner(", ", "{", "}");
    for (int bit = 0; bit < NAMES.length; bit++) {
      if ((mask & (1 << bit)) != 0) {
        out.add(NAMES[bit]);
      }
    }
    return out.toString();
  }
}
