package id.nusatrade.messaging.contract;

import id.nusatrade.domain.market.Timeframe;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code market.indicator.updated} v1: the stream's indicator set after the bar opened at {@code
 * barOpenTime} closed. {@code values} keeps the set's column order; a value still warming up (NaN,
 * or JSON null) is {@code null}, because JSON has no NaN.
 */
public record IndicatorsUpdated(
    long account,
    String symbol,
    Timeframe timeframe,
    long barOpenTime,
    Map<String, Double> values) {
  public IndicatorsUpdated {
    Checks.text(symbol, "symbol");
    Checks.present(timeframe, "timeframe");
    Map<String, Double> copy = new LinkedHashMap<>();
    Checks.present(values, "values")
        .forEach((k, v) -> copy.put(k, v == null || !Double.isFinite(v) ? null : v));
    values = Collections.unmodifiableMap(copy);
  }

  /** Columns and values as the indicator set fills them (same order, NaN while warming up). */
  public static IndicatorsUpdated of(
      long account,
      String symbol,
      Timeframe timeframe,
      long barOpenTime,
      String[] columns,
      double[] values) {
    Map<String, Double> byColumn = new LinkedHashMap<>();
    for (int k = 0; k < columns.length; k++) {
      byColumn.put(columns[k], values[k]);
    }
    return new IndicatorsUpdated(account, symbol, timeframe, barOpenTime, byColumn);
  }
}
