package id.nusatrade.domain.market;

import id.nusatrade.domain.tenant.TenantId;
import java.util.List;
import java.util.OptionalLong;

/**
 * Port: durable storage for ticks and bars, per feed. Appends are buffered by the adapter and
 * written in batches; {@link #flush()} is called at the end of a batch on the fast path's storage
 * consumer. Storing a tick again (same feed, time and sequence) or a bar again (same feed,
 * timeframe and open time) is harmless, so a catch-up from the journal may overlap what is stored.
 * Every read names a feed, and so a tenant: an adapter answers only from that tenant's rows.
 */
public interface TickStore {
  void appendTicks(List<Tick> ticks);

  void appendBars(List<Bar> bars);

  void flush();

  /** The feeds of a tenant with stored data, by account then symbol. */
  List<FeedId> feeds(TenantId tenant);

  /** The highest stored tick sequence of a feed: what a catch-up from the journal may skip. */
  OptionalLong lastSequence(FeedId feed);

  /** The newest {@code n} ticks of a feed, oldest first. */
  List<Tick> lastTicks(FeedId feed, int n);

  /**
   * Bars computed from stored ticks (mid price) for [fromMillis, toMillis), oldest first, every
   * timeframe on UTC-aligned buckets ({@link Timeframe#openTimeOf}).
   */
  List<Bar> ohlc(FeedId feed, Timeframe timeframe, long fromMillis, long toMillis);

  /**
   * Bars computed from stored ticks with D1 and H4 opening where {@code session} opens them, as the
   * gateway's bar builder does (FX: 17:00 New York); other timeframes as {@link #ohlc(FeedId,
   * Timeframe, long, long)}.
   */
  default List<Bar> ohlc(
      FeedId feed, Timeframe timeframe, long fromMillis, long toMillis, TradingSession session) {
    if (timeframe != Timeframe.D1 && timeframe != Timeframe.H4) {
      return ohlc(feed, timeframe, fromMillis, toMillis);
    }
    Timeframe step = SessionBars.step(session, fromMillis, toMillis);
    return SessionBars.fold(ohlc(feed, step, fromMillis, toMillis), timeframe, session);
  }

  /** Stored closed bars for [fromMillis, toMillis), oldest first. */
  List<Bar> bars(FeedId feed, Timeframe timeframe, long fromMillis, long toMillis);

  /** The newest {@code n} stored closed bars, oldest first. */
  List<Bar> lastBars(FeedId feed, Timeframe timeframe, int n);
}
