package id.nusatrade.trading.pnl;

/**
 * The currency an instrument's prices (and so its P&amp;L) are in: the last three letters of a
 * six-letter FX or metal symbol (EURUSD → USD, XAUUSD → USD, USDJPY → JPY). Other symbols (indices,
 * broker suffixes) have no known quote currency yet: null.
 */
public final class QuoteCurrency {
  public static String of(String symbol) {
    if (symbol.length() != 6) {
      return null;
    }
    for (int i = 0; i < 6; i++) {
      char c = symbol.charAt(i);
      if (c < 'A' || c > 'Z') {
        return null;
      }
    }
    return symbol.substring(3);
  }

  private QuoteCurrency() {}
}
