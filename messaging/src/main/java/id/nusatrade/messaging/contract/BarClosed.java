package id.nusatrade.messaging.contract;

import id.nusatrade.domain.market.Timeframe;

/** {@code market.bar.closed} v1: a closed bar of one feed; {@code openTime} in epoch ms. */
public record BarClosed(
    long account,
    String symbol,
    Timeframe timeframe,
    long openTime,
    double open,
    double high,
    double low,
    double close,
    long tickVolume) {
  public BarClosed {
    Checks.text(symbol, "symbol");
    Checks.present(timeframe, "timeframe");
    Checks.price(open, "open");
    Checks.price(high, "high");
    Checks.price(low, "low");
    Checks.price(close, "close");
  }
}
