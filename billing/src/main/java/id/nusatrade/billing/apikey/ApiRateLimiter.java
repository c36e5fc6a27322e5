package id.nusatrade.billing.apikey;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Per-subject (an API key, or a user's token) requests-per-minute limits, each a resilience4j
 * {@link AtomicRateLimiter} that refuses at once (no waiting) when the minute's permits are used.
 * The limit comes from the caller (the tier's entitlement); a changed limit applies from the next
 * window. The nanosecond time source is injected so tests move time by hand.
 */
public final class ApiRateLimiter {
  static final Duration WINDOW = Duration.ofMinutes(1);
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private record Window(AtomicRateLimiter limiter, long startNanos) {}

  private final Supplier<Long> nanoTime;
  private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

  public ApiRateLimiter(Supplier<Long> nanoTime) {
    this.nanoTime = nanoTime;
  }

  public static ApiRateLimiter systemTime() {
    return new ApiRateLimiter(System::nanoTime);
  }

  /** Takes one permit for {@code subject} if its window has one left. */
  public RateDecision acquire(String subject, int limitPerMinute) {
    if (limitPerMinute <= 0) {
      throw new IllegalArgumentException("limitPerMinute must be > 0: " + limitPerMinute);
    }
    Window window = windows.computeIfAbsent(subject, s -> open(s, limitPerMinute));
    AtomicRateLimiter limiter = window.limiter();
    if (limiter.getRateLimiterConfig().getLimitForPeriod() != limitPerMinute) {
      limiter.changeLimitForPeriod(limitPerMinute);
    }
    boolean admitted = limiter.acquirePermission();
    AtomicRateLimiter.AtomicRateLimiterMetrics metrics = limiter.getDetailedMetrics();
    long elapsed = nanoTime.get() - window.startNanos();
    long windowEnd = (metrics.getCycle() + 1) * WINDOW.toNanos();
    long resetSeconds = ceilSeconds(Math.max(0, windowEnd - elapsed));
    long retryAfter = admitted ? 0 : Math.max(1, ceilSeconds(metrics.getNanosToWait()));
    return new RateDecision(
        admitted,
        limitPerMinute,
        Math.max(0, metrics.getAvailablePermissions()),
        resetSeconds,
        retryAfter);
  }

  private Window open(String subject, int limitPerMinute) {
    RateLimiterConfig config =
        RateLimiterConfig.custom()
            .limitForPeriod(limitPerMinute)
            .limitRefreshPeriod(WINDOW)
            .timeoutDuration(Duration.ZERO)
            .build();
    long start = nanoTime.get();
    // the limiter reads the same source at construction: its windows start at `start`
    return new Window(new AtomicRateLimiter(subject, config, nanoTime), start);
  }

  private static long ceilSeconds(long nanos) {
    return (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND;
  }
}
