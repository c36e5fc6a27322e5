package id.nusatrade.gateway.pipeline;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.LiteBlockingWaitStrategy;
import com.lmax.disruptor.PhasedBackoffWaitStrategy;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.SleepingWaitStrategy;
import com.lmax.disruptor.TimeoutException;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.EventHandlerGroup;
import com.lmax.disruptor.dsl.ProducerType;
import id.nusatrade.gateway.health.FailureLog;
import id.nusatrade.gateway.health.LoggingExceptionHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Wires the ring: one producer (the socket thread); the market and journal handlers in parallel;
 * the storage handler, when present, after the market handler. A handler exception is logged and
 * counted, and the handler carries on: halting would stall every terminal.
 */
public final class IngestPipeline {
  private static final Logger LOG = Logger.getLogger(IngestPipeline.class.getName());
  private final Disruptor<TickSlot> disruptor;
  private final FailureLog handlerErrors =
      new FailureLog(LOG, "tick handler", Clock.systemUTC(), Duration.ofMinutes(1));
  private RingBuffer<TickSlot> ring;

  public IngestPipeline(
      int ringSize,
      String waitStrategy,
      MarketHandler market,
      JournalHandler journal,
      StorageHandler storage) {
    disruptor =
        new Disruptor<>(
            TickSlot::new,
            ringSize,
            r -> {
              Thread t = new Thread(r, "gateway-handler");
              t.setDaemon(true);
              return t;
            },
            ProducerType.SINGLE,
            strategy(waitStrategy));
    disruptor.setDefaultExceptionHandler(new LoggingExceptionHandler<>(handlerErrors));
    EventHandlerGroup<TickSlot> afterMarket = disruptor.handleEventsWith(market);
    disruptor.handleEventsWith(journal);
    if (storage != null) {
      afterMarket.then(storage);
    }
  }

  public RingBuffer<TickSlot> start() {
    ring = disruptor.start();
    return ring;
  }

  /** Slots taken (ticks not yet through every handler), 0 before start. */
  public long fill() {
    return ring == null ? 0 : ring.getBufferSize() - ring.remainingCapacity();
  }

  public long capacity() {
    return ring == null ? 0 : ring.getBufferSize();
  }

  /** Processes everything already published, then stops the handler threads. */
  public void stop() {
    try {
      disruptor.shutdown(10, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      disruptor.halt();
    }
  }

  public long handlerErrors() {
    return handlerErrors.count();
  }

  private static WaitStrategy strategy(String name) {
    return switch (name) {
      case "yielding" -> new YieldingWaitStrategy();
      case "blocking" -> new BlockingWaitStrategy();
      case "lite-blocking" -> new LiteBlockingWaitStrategy();
      // spin 20 µs, then yield 100 µs, then block: fast wake-up without burning a core when idle
      case "phased" -> PhasedBackoffWaitStrategy.withLiteLock(20, 100, TimeUnit.MICROSECONDS);
      default -> new SleepingWaitStrategy(200, 10_000);
    };
  }
}
