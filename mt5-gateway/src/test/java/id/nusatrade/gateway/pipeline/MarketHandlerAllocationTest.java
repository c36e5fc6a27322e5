package id.nusatrade.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.market.TradingSession;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.events.DiscardingEventPublisher;
import id.nusatrade.gateway.events.EventPublishing;
import id.nusatrade.gateway.events.EventRing;
import id.nusatrade.gateway.events.MarketEvents;
import id.nusatrade.gateway.terminal.TerminalKey;
import id.nusatrade.market.bars.BarAggregator;
import id.nusatrade.market.bars.ClosedBarLog;
import id.nusatrade.market.bars.IndicatorBank;
import id.nusatrade.market.bars.IndicatorSpecs;
import id.nusatrade.market.validation.RejectLog;
import id.nusatrade.market.validation.TickValidator;
import id.nusatrade.market.validation.ValidationConfig;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The market handler's whole per-tick path (validation, six bar timeframes, the default indicator
 * set on every closed bar, sampled-tick, bar and snapshot events copied into the event ring)
 * allocates nothing once each stream's sets exist.
 */
class MarketHandlerAllocationTest {
  static final int STREAMS = 4;

  @Test
  void acceptedTicksAllocateNothingInSteadyState() {
    StreamRegistry registry = new StreamRegistry(1, STREAMS, Map.of());
    Terminal terminal =
        registry.terminal(new TerminalKey(TenantId.of("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"), 1));
    for (int s = 0; s < STREAMS; s++) {
      registry.addStream(terminal.index(), "SYM" + s);
    }
    IndicatorSpecs specs = IndicatorSpecs.defaults();
    EventRing ring =
        new EventRing(
            1 << 14,
            specs.maxWidth(),
            new EventPublishing(new DiscardingEventPublisher(), registry, 1000));
    MarketEvents events = new MarketEvents(ring.start(), Clock.systemUTC(), 10, STREAMS);
    // the storage side as the gateway wires it: closed bars and snapshots copied into the log
    ClosedBarLog log = new ClosedBarLog(1 << 14, specs.maxWidth());
    IndicatorBank bank =
        new IndicatorBank(
            STREAMS,
            s -> specs.create(terminal.tenant()),
            (s, tf, open, columns, set) -> {
              events.indicatorsUpdated(s, tf, open, columns, set);
              log.indicatorsUpdated(s, tf, open, columns, set);
            });
    MarketHandler market =
        new MarketHandler(
            registry,
            new TickValidator(
                ValidationConfig.defaults().withMaxTickAge(Duration.ZERO),
                Clock.systemUTC(),
                STREAMS),
            new RejectLog(8),
            new BarAggregator(STREAMS, List.of(log, bank, events), s -> TradingSession.FX),
            log,
            events,
            IngestProbe.NONE,
            1000);
    TickSlot slot = new TickSlot();
    feed(market, log, slot, 0, 400_000); // every stream has closed bars on every timeframe by now
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().threadId();
    long before = threads.getThreadAllocatedBytes(id);
    feed(market, log, slot, 400_000, 200_000);
    long allocated = threads.getThreadAllocatedBytes(id) - before;
    ring.stop();

    assertThat(market.accepted()).isEqualTo(600_000);
    assertThat(bank.set(0, Timeframe.H1).ready()).isTrue();
    assertThat(log.written()).as("closed bars logged for storage").isGreaterThan(600_000 / 60);
    assertThat(allocated).as("bytes allocated by 200k ticks").isLessThan(1024);
  }

  /** Ticks 1 s apart per stream in round robin: a bar closes on every timeframe in turn. */
  private static void feed(
      MarketHandler market, ClosedBarLog log, TickSlot t, int from, int count) {
    for (int k = from; k < from + count; k++) {
      t.kind = TickSlot.TICK;
      t.stream = k % STREAMS;
      t.seq = k + 1;
      t.timeMillis = 1_700_000_000_000L + (k / STREAMS) * 1000L;
      t.bid = 1.1 + Math.sin(k * 0.001) * 0.001;
      t.ask = t.bid + 0.0002;
      t.volume = 1;
      market.onEvent(t, k, (k & 63) == 63);
      log.consumedThrough(t.barsTo); // what the storage handler does after reading the slot
    }
  }
}
