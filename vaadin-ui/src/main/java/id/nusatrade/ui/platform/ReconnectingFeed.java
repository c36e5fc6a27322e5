package id.nusatrade.ui.platform;

import id.nusatrade.ui.market.LiveFeed;
import id.nusatrade.ui.market.jms.ArtemisMarketFeed;
import java.time.Clock;
import java.time.Duration;

/**
 * Connects the Artemis feed on first use, not at deployment: Liberty may start before the broker.
 * After a failed attempt it waits {@link #RETRY} before trying again, so pages do not each block on
 * a broker that is down. Once connected the Artemis client reconnects by itself.
 */
final class ReconnectingFeed implements LiveFeed {
  static final Duration RETRY = Duration.ofSeconds(10);
  private final ArtemisMarketFeed feed;
  private final Clock clock;
  private long nextAttempt = Long.MIN_VALUE;

  ReconnectingFeed(ArtemisMarketFeed feed, Clock clock) {
    this.feed = feed;
    this.clock = clock;
  }

  @Override
  public synchronized boolean connect() {
    if (feed.isStarted()) {
      return true;
    }
    if (clock.millis() < nextAttempt) {
      return false;
    }
    try {
      feed.start();
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
