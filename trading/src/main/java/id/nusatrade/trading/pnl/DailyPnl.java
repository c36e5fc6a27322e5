package id.nusatrade.trading.pnl;

import java.time.LocalDate;
import java.util.List;

/**
 * An account's P&amp;L for one trading day (Asia/Jakarta), per quote currency, and the total in IDR
 * (2 decimals, half-even); {@code netIdr} is null when a currency has no IDR rate, and {@code
 * missingRates} names those currencies.
 */
public record DailyPnl(
    LocalDate day,
    List<CurrencyPnl> currencies,
    java.math.BigDecimal netIdr,
    List<String> missingRates) {
  public DailyPnl {
    currencies = List.copyOf(currencies);
    missingRates = List.copyOf(missingRates);
  }
}
