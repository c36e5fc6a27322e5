package id.nusatrade.trading.engine;

import id.nusatrade.domain.trading.AccountId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Realised P&amp;L and commissions per account, trading day and quote currency, added fill by fill
 * by {@link EngineState} (so replaying the journal rebuilds it). The day is the fill's venue time
 * in Asia/Jakarta, the day the risk rules' daily loss limit counts in.
 */
final class DailyLedger {
  static final ZoneId TRADING_DAY = ZoneId.of("Asia/Jakarta");

  /** Sums for one currency: {realised, commissions}. */
  private final Map<AccountId, Map<LocalDate, Map<String, BigDecimal[]>>> sums = new HashMap<>();

  void add(
      AccountId account,
      long timeMillis,
      String currency,
      BigDecimal realised,
      BigDecimal commission) {
    LocalDate day = Instant.ofEpochMilli(timeMillis).atZone(TRADING_DAY).toLocalDate();
    BigDecimal[] s =
        sums.computeIfAbsent(account, a -> new HashMap<>())
            .computeIfAbsent(day, d -> new TreeMap<>())
            .computeIfAbsent(currency, c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
    s[0] = s[0].add(realised);
    s[1] = s[1].add(commission);
  }

  /** Currency → {realised, commissions} of that day (empty when nothing filled). */
  Map<String, BigDecimal[]> of(AccountId account, LocalDate day) {
    return sums.getOrDefault(account, Map.of()).getOrDefault(day, Map.of());
  }
}
