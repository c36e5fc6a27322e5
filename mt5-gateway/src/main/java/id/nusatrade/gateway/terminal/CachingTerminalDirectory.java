package id.nusatrade.gateway.terminal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps lookups for a while so a terminal that reconnects in a storm does not hit the database each
 * time; disabling a terminal takes effect within {@code ttl}.
 */
public final class CachingTerminalDirectory implements TerminalDirectory {
  private record Entry(Optional<TerminalRecord> record, long expiresAtMillis) {}

  private final TerminalDirectory delegate;
  private final long ttlMillis;
  private final Clock clock;
  private final Map<TerminalKey, Entry> cache = new ConcurrentHashMap<>();

  public CachingTerminalDirectory(TerminalDirectory delegate, Duration ttl, Clock clock) {
    this.delegate = delegate;
    this.ttlMillis = ttl.toMillis();
    this.clock = clock;
  }

  @Override
  public Optional<TerminalRecord> find(TerminalKey key) {
    long now = clock.millis();
    Entry e = cache.get(key);
    if (e == null || e.expiresAtMillis() <= now) {
      e = new Entry(delegate.find(key), now + ttlMillis);
      cache.put(key, e);
    }
    return e.record();
  }
}
