package id.nusatrade.ui.market;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One open chart's live stream: updates from the feed thread go into the chart's {@link
 * CandleBook}; the candles they changed leave through the {@link UpdateThrottle} to the {@code
 * sink} (the view, which pushes them to the browser) at a bounded rate.
 */
public final class ChartStream implements Consumer<MarketUpdate> {
  private final CandleBook book;
  private final UpdateThrottle throttle;
  private final UpdateTimer timer;
  private final Consumer<UpdateThrottle.Batch> sink;

  public ChartStream(
      CandleBook book,
      UpdateThrottle throttle,
      UpdateTimer timer,
      Consumer<UpdateThrottle.Batch> sink) {
    this.book = book;
    this.throttle = throttle;
    this.timer = timer;
    this.sink = sink;
  }

  @Override
  public void accept(MarketUpdate update) {
    Optional<java.time.Duration> flushIn;
    synchronized (this) {
      Optional<Candle> changed = book.apply(update);
      if (changed.isEmpty()) {
        return;
      }
      flushIn = throttle.offer(changed.get(), update instanceof MarketUpdate.ClosedBar);
    }
    flushIn.ifPresent(delay -> timer.after(delay, this::flush));
  }

  void flush() {
    UpdateThrottle.Batch batch;
    synchronized (this) {
      batch = throttle.drain();
    }
    if (!batch.candles().isEmpty()) {
      sink.accept(batch);
    }
  }

  public synchronized List<Candle> candles() {
    return book.candles();
  }

  public synchronized List<Candle> closed() {
    return book.closed();
  }
}
