package id.nusatrade.ui.platform;

import id.nusatrade.ui.market.LiveFeed;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Connects the Artemis feed on first use, not at deployment: Liberty may start before the broker.
 * After a failed attempt it waits {@link #RETRY} before trying again, so pages do not each block on
 * a broker that is down. Once connected the Artemis client reconnects by itself. Used for the
 * market feed (live chart) and the signals feed (signals page).
 */
final class ReconnectingFeed implements LiveFeed {
  static final Duration RETRY = Duration.ofSeconds(10);
  private final Start start;
  private final BooleanSupplier started;
  private final AutoCloseable feed;
  private final Clock clock;
  private long nextAttempt = Long.MIN_VALUE;

  /** Subscribes the feed; throws when the broker cannot be reached. */
  @FunctionalInterface
  interface Start {
    void start() throws Exception;
  }

  ReconnectingFeed(Start start, BooleanSupplier started, AutoCloseable feed, Clock clock) {
    this.start = start;
    this.started = started;
    this.feed = feed;
    this.clock = clock;
  }

  @Override
  public synchronized boolean connect() {
    if (started.getAsBoolean()) {
      return true;
    }
    if (clock.millis() < nextAttempt) {
      return false;
    }
    try {
      start.start();
      return true;
    } catch (Exception e) {
      nextAttempt = clock.millis() + RETRY.toMillis();
      return false;
    }
  }

  synchronized void close() {
    try {
      feed.close();
    } catch (Exception e) {
      // shutting down anyway
    }
  }
}
