package id.nusatrade.gateway.events;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.IgnoreExceptionHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.TimeoutException;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import java.util.concurrent.TimeUnit;

/**
 * The second ring, between the market handler (single producer) and the publishing thread. The
 * consumer blocks when idle: publishing is not latency-critical, and a spinning thread would take
 * CPU from the market handler on a small machine. The producer signals once per market batch.
 */
public final class EventRing {
  private final Disruptor<EventSlot> disruptor;

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
    // log and carry on: one bad event must not stop publishing (Disruptor's default halts)
    disruptor.setDefaultExceptionHandler(new IgnoreExceptionHandler());
    disruptor.handleEventsWith(publishing);
  }

  public RingBuffer<EventSlot> start() {
    return disruptor.start();
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
