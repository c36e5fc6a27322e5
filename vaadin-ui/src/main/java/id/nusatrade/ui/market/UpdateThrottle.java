package id.nusatrade.ui.market;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Bounds the pushes to one browser to one per {@code interval}: changed candles wait here,
 * coalesced by open time (only the newest state of a candle is sent, but no candle is skipped, so a
 * closed bar is never overwritten by the next candle's first tick). Not thread-safe: its owner
 * serialises calls.
 */
public final class UpdateThrottle {
  /** What one push carries: changed candles in time order, and whether a bar closed among them. */
  public record Batch(List<Candle> candles, boolean barClosed) {}

  private final Duration interval;
  private final Clock clock;
  private final TreeMap<Long, Candle> pending = new TreeMap<>();
  private boolean barClosed;
  private boolean scheduled;
  private long lastFlush = Long.MIN_VALUE;

  public UpdateThrottle(Duration interval, Clock clock) {
    this.interval = interval;
    this.clock = clock;
  }

  /** Keeps the candle; returns the delay after which to flush if no flush is scheduled yet. */
  public Optional<Duration> offer(Candle candle, boolean closedBar) {
    pending.put(candle.time(), candle);
    barClosed |= closedBar;
    if (scheduled) {
      return Optional.empty();
    }
    scheduled = true;
    long now = clock.millis();
    long due = lastFlush == Long.MIN_VALUE ? now : lastFlush + interval.toMillis();
    return Optional.of(Duration.ofMillis(Math.max(0, due - now)));
  }

  public Batch drain() {
    Batch batch = new Batch(List.copyOf(pending.values()), barClosed);
    pending.clear();
    barClosed = false;
    scheduled = false;
    lastFlush = clock.millis();
    return batch;
  }
}
