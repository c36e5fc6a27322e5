package id.nusatrade.trading.pnl;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Converts one day's per-currency sums to IDR and totals them. */
public final class IdrPnl {
  /**
   * @param sums currency → {realised, commissions, unrealised}
   * @param rates a currency's IDR rate, or null when none is known
   */
  public static DailyPnl convert(
      LocalDate day, Map<String, BigDecimal[]> sums, Function<String, IdrRate> rates) {
    List<CurrencyPnl> out = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal[]> e : sums.entrySet()) {
      BigDecimal[] s = e.getValue();
      BigDecimal net = s[0].subtract(s[1]).add(s[2]);
      IdrRate rate = rates.apply(e.getKey());
      BigDecimal netIdr = rate == null ? null : idr(net.multiply(rate.idrPerUnit()));
      if (rate == null) {
        missing.add(e.getKey());
      } else {
        total = total.add(netIdr);
      }
      out.add(
          new CurrencyPnl(
              e.getKey(),
              s[0],
              s[1],
              s[2],
              net,
              rate == null ? null : rate.idrPerUnit(),
              rate == null ? null : rate.source(),
              netIdr));
    }
    return new DailyPnl(day, out, missing.isEmpty() ? idr(total) : null, missing);
  }

  private static BigDecimal idr(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_EVEN);
  }

  private IdrPnl() {}
}
