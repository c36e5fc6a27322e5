package id.nusatrade.domain.market;

import java.util.List;

/**
 * Port: durable storage for ticks and bars. Appends are buffered by the adapter and written in
 * batches; {@link #flush()} is called at the end of a batch on the fast path's storage consumer.
 */
public interface TickStore {
  void appendTicks(List<Tick> ticks);

  void appendBars(List<Bar> bars);

  void flush();

  /** The newest {@code n} ticks of a symbol, oldest first. */
  List<Tick> lastTicks(String symbol, int n);

  /** Bars computed from stored ticks (mid price) for [fromMillis, toMillis), oldest first. */
  List<Bar> ohlc(String symbol, Timeframe timeframe, long fromMillis, long toMillis);

  /** Stored closed bars for [fromMillis, toMillis), oldest first. */
  List<Bar> bars(String symbol, Timeframe timeframe, long fromMillis, long toMillis);
}
