package id.nusatrade.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.lmax.disruptor.RingBuffer;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.Await;
import id.nusatrade.gateway.events.DiscardingEventPublisher;
import id.nusatrade.gateway.events.EventPublishing;
import id.nusatrade.gateway.events.EventRing;
import id.nusatrade.gateway.events.MarketEvents;
import id.nusatrade.gateway.terminal.TerminalKey;
import id.nusatrade.market.bars.BarAggregator;
import id.nusatrade.market.bars.ClosedBarLog;
import id.nusatrade.market.validation.RejectLog;
import id.nusatrade.market.validation.TickValidator;
import id.nusatrade.market.validation.ValidationConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The market and journal handlers read the ring in parallel: a stalled fsync stalls only acks. */
class IngestPipelineTest {
  static final String TENANT = "0b7c2a4e-7f51-4d8e-a1c3-5e9f0a2b4c6d";
  static final Duration WAIT = Duration.ofSeconds(20);

  @Test
  void theMarketHandlerKeepsGoingWhileTheJournalHandlerIsStuck() {
    StreamRegistry registry = new StreamRegistry(1, 1, Map.of());
    Terminal terminal = registry.terminal(new TerminalKey(TenantId.of(TENANT), 1));
    int stream = registry.addStream(terminal.index(), "EURUSD");
    EventRing eventRing =
        new EventRing(1024, 0, new EventPublishing(new DiscardingEventPublisher(), registry, 100));
    MarketEvents events = new MarketEvents(eventRing.start(), Clock.systemUTC(), 10, 1);
    MarketHandler market =
        new MarketHandler(
            registry,
            new TickValidator(
                ValidationConfig.defaults().withMaxTickAge(Duration.ZERO), Clock.systemUTC(), 1),
            new RejectLog(8),
            new BarAggregator(1, List.of(events)),
            ClosedBarLog.disabled(),
            events,
            IngestProbe.NONE,
            0);
    CountDownLatch stuck = new CountDownLatch(1);
    CountDownLatch fsync = new CountDownLatch(1);
    JournalHandler journal =
        new JournalHandler(
            registry,
            null,
            () -> {
              stuck.countDown();
              await(fsync); // the journal's first batch never finishes until released
            });
    IngestPipeline pipeline = new IngestPipeline(4096, "blocking", market, journal, null);
    RingBuffer<TickSlot> ring = pipeline.start();
    publish(ring, terminal.index(), stream, 1);
    await(stuck);
    for (int i = 2; i <= 3000; i++) {
      publish(ring, terminal.index(), stream, i);
    }

    Await.until(WAIT, () -> market.accepted() == 3000, "market handler done");
    assertThat(terminal.durableSeq()).as("acknowledged: the first batch only").isEqualTo(1);
    fsync.countDown();
    Await.until(WAIT, () -> terminal.durableSeq() == 3000, "acks resume");
    pipeline.stop();
    eventRing.stop();
  }

  private static void publish(RingBuffer<TickSlot> ring, int terminal, int stream, long seq) {
    long at = ring.next();
    TickSlot s = ring.get(at);
    s.kind = TickSlot.TICK;
    s.terminal = terminal;
    s.stream = stream;
    s.seq = seq;
    s.timeMillis = 1_700_000_000_000L + seq * 1000;
    s.bid = 1.1 + (seq % 5) * 1e-4;
    s.ask = s.bid + 2e-4;
    s.volume = 1;
    s.receivedNanos = System.nanoTime();
    ring.publish(at);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
