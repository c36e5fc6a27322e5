package id.nusatrade.ui.market;

import id.nusatrade.domain.market.Bar;

/** One candle as the chart draws it: open time in epoch milliseconds, mid prices, tick volume. */
public record Candle(long time, double open, double high, double low, double close, long volume) {
  public static Candle of(Bar bar) {
    return new Candle(
        bar.openTimeMillis(), bar.open(), bar.high(), bar.low(), bar.close(), bar.tickVolume());
  }

  /** The first sample of a new candle. */
  public static Candle opening(long time, double price) {
    return new Candle(time, price, price, price, price, 1);
  }

  /** This candle after one more sample at {@code price}. */
  public Candle plus(double price) {
    return new Candle(time, open, Math.max(high, price), Math.min(low, price), price, volume + 1);
  }
}
