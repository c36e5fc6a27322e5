package id.nusatrade.ui.market;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.TickStore;
import id.nusatrade.domain.market.Timeframe;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The chart's starting point from the {@link TickStore}: the last closed bars and, computed from
 * stored ticks, the candle in progress after them. The window ends now; when nothing is stored near
 * now (a replay of recorded history), it ends at the symbol's newest stored tick instead.
 */
public final class ChartHistory {
  /** What a chart starts with. */
  public record Loaded(List<Candle> closed, Optional<Candle> inProgress) {
    public static final Loaded EMPTY = new Loaded(List.of(), Optional.empty());
  }

  private final TickStore store;
  private final Clock clock;

  public ChartHistory(TickStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public Loaded load(String symbol, Timeframe tf, int candles) {
    Loaded recent = window(symbol, tf, candles, clock.millis());
    if (!recent.closed().isEmpty() || recent.inProgress().isPresent()) {
      return recent;
    }
    List<Tick> newest = store.lastTicks(symbol, 1);
    return newest.isEmpty()
        ? Loaded.EMPTY
        : window(symbol, tf, candles, newest.getFirst().timeMillis());
  }

  private Loaded window(String symbol, Timeframe tf, int candles, long end) {
    long to = tf.openTimeOf(end) + tf.millis();
    long from = to - (long) candles * tf.millis();
    List<Candle> closed = new ArrayList<>();
    store.bars(symbol, tf, from, to).forEach(bar -> closed.add(Candle.of(bar)));
    long after = closed.isEmpty() ? from : closed.getLast().time() + tf.millis();
    // buckets after the last stored bar, from the ticks: all but the newest are closed already
    List<Bar> fromTicks = after < to ? store.ohlc(symbol, tf, after, to) : List.of();
    if (fromTicks.isEmpty()) {
      return new Loaded(List.copyOf(closed), Optional.empty());
    }
    fromTicks.subList(0, fromTicks.size() - 1).forEach(bar -> closed.add(Candle.of(bar)));
    return new Loaded(List.copyOf(closed), Optional.of(Candle.of(fromTicks.getLast())));
  }
}
