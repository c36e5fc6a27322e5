package id.nusatrade.trading.pnl;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Configured IDR reference rates, written {@code USD=16250,EUR=17500} (IDR per unit): used for a
 * currency whose {@code <currency>IDR} quote the tenant does not stream. Empty text means none.
 */
public final class ReferenceRates {
  public static Map<String, BigDecimal> parse(String text) {
    Map<String, BigDecimal> rates = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return rates;
    }
    for (String entry : text.split(",")) {
      String[] kv = entry.strip().split("=");
      if (kv.length != 2 || !kv[0].strip().matches("[A-Z]{3}")) {
        throw new IllegalArgumentException(
            "IDR reference rate must look like USD=16250, not '" + entry.strip() + "'");
      }
      BigDecimal rate;
      try {
        rate = new BigDecimal(kv[1].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("IDR reference rate for " + kv[0] + " is no number");
      }
      if (rate.signum() <= 0) {
        throw new IllegalArgumentException("IDR reference rate for " + kv[0] + " must be > 0");
      }
      rates.put(kv[0].strip(), rate);
    }
    return Map.copyOf(rates);
  }

  private ReferenceRates() {}
}
