package id.nusatrade.server.api;

import id.nusatrade.domain.market.Bar;

/** A closed bar as the API returns it: open time in epoch milliseconds, mid prices, tick count. */
public record BarView(long time, double open, double high, double low, double close, long volume) {
  static BarView of(Bar bar) {
    return new BarView(
        bar.openTimeMillis(), bar.open(), bar.high(), bar.low(), bar.close(), bar.tickVolume());
  }
}
