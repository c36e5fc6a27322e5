package id.nusatrade.domain.market;

import java.util.HashMap;
import java.util.Map;

/**
 * The trading session of each symbol: configured ones, and {@link TradingSession#FX} for the rest.
 * Configuration text is {@code SYMBOL=ZONE@HH:MM} entries separated by {@code ;} or {@code ,}, for
 * example {@code XAUUSD=America/New_York@18:00;BTCUSD=UTC@00:00}; a bad entry fails at startup with
 * the entry named.
 */
public final class TradingSessions {
  private final Map<String, TradingSession> bySymbol;
  private final TradingSession fallback;

  private TradingSessions(Map<String, TradingSession> bySymbol, TradingSession fallback) {
    this.bySymbol = Map.copyOf(bySymbol);
    this.fallback = fallback;
  }

  /** Every symbol on the FX session (17:00 New York). */
  public static TradingSessions defaults() {
    return new TradingSessions(Map.of(), TradingSession.FX);
  }

  public static TradingSessions parse(String text) {
    Map<String, TradingSession> sessions = new HashMap<>();
    if (text != null) {
      for (String entry : text.split("[;,]")) {
        if (entry.isBlank()) {
          continue;
        }
        int eq = entry.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException(
              "trading session entry '" + entry.strip() + "' is not SYMBOL=ZONE@HH:MM");
        }
        sessions.put(entry.substring(0, eq).strip(), TradingSession.parse(entry.substring(eq + 1)));
      }
    }
    return new TradingSessions(sessions, TradingSession.FX);
  }

  public TradingSession of(String symbol) {
    return bySymbol.getOrDefault(symbol, fallback);
  }
}
