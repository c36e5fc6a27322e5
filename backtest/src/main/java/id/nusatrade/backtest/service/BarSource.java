package id.nusatrade.backtest.service;

import id.nusatrade.domain.market.Timeframe;
import java.time.Instant;

/** Where a run's bars come from: the tenant's stored bars, or an uploaded bar CSV. */
public sealed interface BarSource {
  /** A short description kept with the run (the upload itself is not kept). */
  String describe();

  /**
   * The tenant's stored closed bars of {@code symbol} at {@code timeframe} ({@code null}: the
   * strategy's) for [from, to) ({@code null}: from the first, up to now).
   */
  record Stored(String symbol, Timeframe timeframe, Instant from, Instant to) implements BarSource {
    @Override
    public String describe() {
      return "stored "
          + symbol
          + (timeframe == null ? "" : " " + timeframe)
          + (from == null ? "" : " from " + from)
          + (to == null ? "" : " to " + to);
    }
  }

  /** A CSV as {@code ./nusatrade backtest --input} reads it: time,open,high,low,close,volume. */
  record Upload(String csv) implements BarSource {
    @Override
    public String describe() {
      return "upload";
    }
  }
}
