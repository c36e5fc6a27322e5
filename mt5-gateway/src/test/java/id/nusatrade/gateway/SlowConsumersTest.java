package id.nusatrade.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.sim.EaSettings;
import id.nusatrade.gateway.sim.SimulatedExpertAdvisor;
import id.nusatrade.gateway.terminal.InMemoryTerminalDirectory;
import id.nusatrade.market.validation.ValidationConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stuck event bus holds back neither the market handler nor acknowledgements. */
class SlowConsumersTest {
  static final TenantId TENANT = TenantId.of("3c0d7e7e-5a8b-4f0e-9a51-6d2b0c4e1f22");
  static final Duration WAIT = Duration.ofSeconds(30);
  static final long T0 = 1_699_999_980_000L;

  @TempDir Path journal;

  @Test
  void ticksAreValidatedBarredAndAcknowledgedWhileTheBusIsStuckAndOverflowIsCounted()
      throws Exception {
    StuckBus bus = new StuckBus();
    var directory = new InMemoryTerminalDirectory().register(TENANT, 7, "k");
    GatewayConfig config =
        GatewayConfig.defaults()
            .withJournal(journal)
            .withValidation(ValidationConfig.defaults().withMaxTickAge(Duration.ZERO));
    int ticks = 20_000; // one per second of tick time: 20,000 sampled-tick events > event ring
    try (Gateway gw = new Gateway(GatewayPorts.of(directory).withPublisher(bus)).start(config);
        SimulatedExpertAdvisor ea =
            new SimulatedExpertAdvisor(
                    EaSettings.of("127.0.0.1", gw.port(), TENANT.toString(), 7, "k"))
                .start()) {
      long last = 0;
      for (int i = 0; i < ticks; i++) {
        double mid = 1.1 + (i % 11) * 0.0001;
        last = ea.sendTick("EURUSD", T0 + i * 1000L, mid - 0.00005, mid + 0.00005, 0, 1, 0);
      }
      assertThat(ea.awaitAcked(last, WAIT)).isTrue();
      Await.until(WAIT, () -> gw.ticksAccepted() == ticks, "every tick through the handler");
      // the events thread may reach the bus after the last tick on a loaded machine: wait for it
      Await.until(WAIT, () -> bus.calls.get() >= 1, "the events thread reaches the bus");
      assertThat(bus.calls.get()).as("the bus is still stuck in its first call").isEqualTo(1);
      Await.until(WAIT, () -> gw.counters().eventsDropped() > 0, "overflow counted");

      bus.release.countDown();
      Await.until(WAIT, () -> gw.eventsPublished() >= Gateway.EVENT_RING_SIZE, "events flow");
    }
  }

  /** Blocks its first publishBatch call until released. */
  static final class StuckBus implements EventPublisher {
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public void publish(EventEnvelope event) {
      publishBatch(List.of(event));
    }

    @Override
    public void publishBatch(List<EventEnvelope> events) {
      calls.incrementAndGet();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
