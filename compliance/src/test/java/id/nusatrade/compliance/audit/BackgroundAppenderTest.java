package id.nusatrade.compliance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.audit.AuditEvent;
import id.nusatrade.domain.audit.AuditRecord;
import id.nusatrade.domain.audit.AuditTrail;
import id.nusatrade.domain.audit.ChainVerification;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundAppenderTest {
  private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
  private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

  /** A trail whose appends wait for {@link #release}: a chain head held by someone else. */
  private static final class HeldTrail implements AuditTrail {
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch firstAppendStarted = new CountDownLatch(1);
    final List<AuditEvent> appended = new CopyOnWriteArrayList<>();

    @Override
    public AuditRecord append(AuditEvent event) {
      firstAppendStarted.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      appended.add(event);
      return null;
    }

    @Override
    public ChainVerification verify() {
      throw new UnsupportedOperationException();
    }
  }

  private static AuditEvent denial(int i) {
    return new AuditEvent(
        null, "anonymous", "access.unauthenticated", "GET /api/v1/x/" + i, T0, "{}");
  }

  @Test
  void callersNeverWaitForTheChainAndAFloodBeyondTheQueueIsRecordedAsItsCount() throws Exception {
    HeldTrail trail = new HeldTrail();
    try (var appender = new BackgroundAppender(trail, clock, "access.unauthenticated", 3)) {
      assertThat(appender.offer(denial(0))).isTrue();
      assertThat(trail.firstAppendStarted.await(10, TimeUnit.SECONDS)).isTrue(); // writer busy
      // the head stays held: the next offers return at once, three queued, the rest dropped
      for (int i = 1; i <= 10; i++) {
        appender.offer(denial(i));
      }
      assertThat(appender.pending()).isEqualTo(3);
      assertThat(appender.droppedTotal()).isEqualTo(7);

      trail.release.countDown();
    } // close drains what is queued

    // the count is written right after the append that was in flight while the flood hit
    assertThat(trail.appended)
        .extracting(AuditEvent::subject)
        .containsExactly(
            "GET /api/v1/x/0",
            "access.unauthenticated",
            "GET /api/v1/x/1",
            "GET /api/v1/x/2",
            "GET /api/v1/x/3");
    assertThat(trail.appended)
        .filteredOn(e -> e.action().equals(BackgroundAppender.DROPPED_ACTION))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.payload())
                    .isEqualTo("{\"dropped\":7,\"of\":\"access.unauthenticated\"}"));
  }
}
