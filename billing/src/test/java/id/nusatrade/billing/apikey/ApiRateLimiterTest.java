package id.nusatrade.billing.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ApiRateLimiterTest {
  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong nanos = new AtomicLong(5 * SECOND);
  private final ApiRateLimiter limiter = new ApiRateLimiter(nanos::get);

  @Test
  void tenPerMinuteAdmitsTenThenRefusesUntilTheWindowEnds() {
    for (int i = 1; i <= 10; i++) {
      RateDecision decision = limiter.acquire("key:a", 10);
      assertThat(decision.admitted()).isTrue();
      assertThat(decision.remaining()).isEqualTo(10 - i);
      assertThat(decision.limit()).isEqualTo(10);
      assertThat(decision.resetSeconds()).isEqualTo(60);
    }
    nanos.addAndGet(15 * SECOND + SECOND / 2); // 15.5 s into the window

    RateDecision refused = limiter.acquire("key:a", 10);

    assertThat(refused.admitted()).isFalse();
    assertThat(refused.remaining()).isZero();
    // 44.5 s left, rounded up
    assertThat(refused.retryAfterSeconds()).isEqualTo(45);
    assertThat(refused.resetSeconds()).isEqualTo(45);

    nanos.addAndGet(45 * SECOND);
    RateDecision next = limiter.acquire("key:a", 10);
    assertThat(next.admitted()).isTrue();
    assertThat(next.remaining()).isEqualTo(9);
    assertThat(next.resetSeconds()).isEqualTo(60);
  }

  @Test
  void eachSubjectHasItsOwnWindow() {
    for (int i = 0; i < 10; i++) {
      limiter.acquire("key:a", 10);
    }
    assertThat(limiter.acquire("key:a", 10).admitted()).isFalse();
    assertThat(limiter.acquire("key:b", 10).admitted()).isTrue();
    assertThat(limiter.acquire("user:t:trader", 10).admitted()).isTrue();
  }

  @Test
  void aRaisedLimitAppliesFromTheNextWindow() {
    for (int i = 0; i < 10; i++) {
      limiter.acquire("key:a", 10);
    }
    assertThat(limiter.acquire("key:a", 100).admitted()).isFalse();

    nanos.addAndGet(60 * SECOND);
    RateDecision upgraded = limiter.acquire("key:a", 100);
    assertThat(upgraded.admitted()).isTrue();
    assertThat(upgraded.limit()).isEqualTo(100);
    assertThat(upgraded.remaining()).isEqualTo(99);
  }

  @Test
  void manyParallelClientsAreAdmittedExactlyTheLimit() throws Exception {
    int threads = 8;
    int perThread = 50;
    AtomicLong admitted = new AtomicLong();
    Thread[] clients = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      clients[t] =
          Thread.ofPlatform()
              .start(
                  () -> {
                    for (int i = 0; i < perThread; i++) {
                      if (limiter.acquire("key:shared", 100).admitted()) {
                        admitted.incrementAndGet();
                      }
                    }
                  });
    }
    for (Thread client : clients) {
      client.join();
    }
    assertThat(admitted.get()).isEqualTo(100);
  }
}
