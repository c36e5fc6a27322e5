package id.nusatrade.gateway.events;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.TimeoutException;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import id.nusatrade.gateway.health.FailureLog;
import id.nusatrade.gateway.health.LoggingExceptionHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The second ring, between the market handler (single producer) and the publishing thread. The
 * consumer blocks when idle: publishing is not latency-critical, and a spinning thread would take
 * CPU from the market handler on a small machine. The producer signals once per market batch.
 */
public final class EventRing {
  private static final Logger LOG = Logger.getLogger(EventRing.class.getName());
  private final Disruptor<EventSlot> disruptor;
  private final FailureLog errors =
      new FailureLog(LOG, "event handler", Clock.systemUTC(), Duration.ofMinutes(1));
  private RingBuffer<EventSlot> ring;

  public EventRing(int size, int maxWidth, EventPublishing publishing) {
    disruptor =
        new Disruptor<>(
            () -> new EventSlot(maxWidth),
            size,
            r -> {
              Thread t = new Thread(r, "gateway-events");
              t.setDaemon(true);
              return t;
            },
            ProducerType.SINGLE,
            new BlockingWaitStrategy());
    // log (rate-limited, with the cause), count and carry on: one bad event must not stop
    // publishing (Disruptor's default halts the thread, and its IgnoreExceptionHandler hides it)
    disruptor.setDefaultExceptionHandler(new LoggingExceptionHandler<>(errors));
    disruptor.handleEventsWith(publishing);
  }

  public RingBuffer<EventSlot> start() {
    ring = disruptor.start();
    return ring;
  }

  /** Events that threw in the handler (logged, skipped). */
  public long handlerErrors() {
    return errors.count();
  }

  /** Slots taken (events waiting to be published), 0 before start. */
  public long fill() {
    return ring == null ? 0 : ring.getBufferSize() - ring.remainingCapacity();
  }

  /** Publishes everything already on the ring, then stops the thread. */
  public void stop() {
    try {
      disruptor.shutdown(10, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      disruptor.halt();
    }
  }
}
