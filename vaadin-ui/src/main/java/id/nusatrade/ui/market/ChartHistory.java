package id.nusatrade.ui.market;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.TickStore;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.market.TradingSession;
import id.nusatrade.domain.market.TradingSessions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The chart's starting point from the {@link TickStore}, for one feed (the viewer's tenant's
 * terminal and symbol; the store answers from that tenant's rows only): the last closed bars and,
 * computed from stored ticks, the candle in progress after them. The window ends now; when nothing
 * is stored near now (a replay of recorded history), it ends at the feed's newest stored tick
 * instead.
 */
public final class ChartHistory {
  /** What a chart starts with. */
  public record Loaded(List<Candle> closed, Optional<Candle> inProgress) {
    public static final Loaded EMPTY = new Loaded(List.of(), Optional.empty());
  }

  private final TickStore store;
  private final Clock clock;
  private final TradingSessions sessions;

  public ChartHistory(TickStore store, Clock clock) {
    this(store, clock, TradingSessions.defaults());
  }

  /** D1 and H4 candles open at each symbol's trading session, as the gateway's bars do. */
  public ChartHistory(TickStore store, Clock clock, TradingSessions sessions) {
    this.store = store;
    this.clock = clock;
    this.sessions = sessions;
  }

  public Loaded load(FeedId feed, Timeframe tf, int candles) {
    Loaded recent = window(feed, tf, candles, clock.millis());
    if (!recent.closed().isEmpty() || recent.inProgress().isPresent()) {
      return recent;
    }
    List<Tick> newest = store.lastTicks(feed, 1);
    return newest.isEmpty()
        ? Loaded.EMPTY
        : window(feed, tf, candles, newest.getFirst().timeMillis());
  }

  private Loaded window(FeedId feed, Timeframe tf, int candles, long end) {
    TradingSession session = sessions.of(feed.symbol());
    long open = session.openTimeOf(tf, end);
    long to = open + tf.millis();
    long from = to - (long) candles * tf.millis();
    List<Candle> closed = new ArrayList<>();
    store.bars(feed, tf, from, to).forEach(bar -> closed.add(Candle.of(bar)));
    long after = closed.isEmpty() ? from : closed.getLast().time() + tf.millis();
    // buckets after the last stored bar, from the ticks (D1/H4 at the symbol's session, as the
    // gateway's bars): all but the newest are closed already
    List<Bar> fromTicks = after < to ? store.ohlc(feed, tf, after, to, session) : List.of();
    if (fromTicks.isEmpty()) {
      return new Loaded(List.copyOf(closed), Optional.empty());
    }
    fromTicks.subList(0, fromTicks.size() - 1).forEach(bar -> closed.add(Candle.of(bar)));
    return new Loaded(List.copyOf(closed), Optional.of(Candle.of(fromTicks.getLast())));
  }
}
