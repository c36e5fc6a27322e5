package id.nusatrade.ui.market;

import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.market.TradingSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The candles of one chart (one symbol, one timeframe): closed candles, oldest first, plus the
 * candle in progress. Sampled ticks move the candle in progress (that is what makes the last candle
 * "move"); the gateway's closed bar then replaces it with the exact values, because samples miss
 * ticks between them. Late updates (older than what is shown) are ignored. Not thread-safe: its
 * owner serialises calls.
 */
public final class CandleBook {
  private final Timeframe timeframe;
  private final TradingSession session;
  private final int capacity;
  private final List<Candle> closed = new ArrayList<>();
  private Candle partial;

  public CandleBook(Timeframe timeframe, int capacity, ChartHistory.Loaded history) {
    this(timeframe, TradingSession.FX, capacity, history);
  }

  /** D1 and H4 candles open at {@code session}'s day start, as the gateway's bars do. */
  public CandleBook(
      Timeframe timeframe, TradingSession session, int capacity, ChartHistory.Loaded history) {
    this.timeframe = timeframe;
    this.session = session;
    this.capacity = capacity;
    history.closed().forEach(this::close);
    this.partial = history.inProgress().filter(this::isAfterClosed).orElse(null);
  }

  public Timeframe timeframe() {
    return timeframe;
  }

  /** The candle the update changed, if any. */
  public Optional<Candle> apply(MarketUpdate update) {
    return switch (update) {
      case MarketUpdate.TickSample t -> sample(t.time(), t.mid());
      case MarketUpdate.ClosedBar b when b.timeframe() == timeframe -> close(b.candle());
      case MarketUpdate.ClosedBar b -> Optional.empty();
    };
  }

  private Optional<Candle> sample(long time, double price) {
    long open = session.openTimeOf(timeframe, time);
    if (!isAfterClosed(open)) {
      return Optional.empty();
    }
    if (partial == null || open > partial.time()) {
      partial = Candle.opening(open, price);
    } else if (open == partial.time()) {
      partial = partial.plus(price);
    } else {
      return Optional.empty();
    }
    return Optional.of(partial);
  }

  private Optional<Candle> close(Candle bar) {
    int last = closed.size() - 1;
    if (last >= 0 && bar.time() < closed.get(last).time()) {
      return Optional.empty(); // older than the chart's newest closed candle: a late duplicate
    }
    if (last >= 0 && bar.time() == closed.get(last).time()) {
      closed.set(last, bar);
    } else {
      closed.add(bar);
      if (closed.size() > capacity) {
        closed.removeFirst();
      }
    }
    if (partial != null && partial.time() <= bar.time()) {
      partial = null;
    }
    return Optional.of(bar);
  }

  private boolean isAfterClosed(Candle c) {
    return isAfterClosed(c.time());
  }

  private boolean isAfterClosed(long openTime) {
    return closed.isEmpty() || openTime > closed.getLast().time();
  }

  public List<Candle> closed() {
    return List.copyOf(closed);
  }

  /** Everything the chart shows: closed candles, then the one in progress. */
  public List<Candle> candles() {
    List<Candle> all = new ArrayList<>(closed);
    if (partial != null) {
      all.add(partial);
    }
    return all;
  }
}
