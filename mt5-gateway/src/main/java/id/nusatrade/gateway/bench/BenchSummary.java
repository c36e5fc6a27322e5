package id.nusatrade.gateway.bench;

import static id.nusatrade.gateway.bench.PhaseResult.us;

import id.nusatrade.gateway.Gateway;
import id.nusatrade.gateway.GatewayCounters;

/** The "Gateway ingest" section IngestBenchmark writes into docs/performance.md. */
final class BenchSummary {
  /** Tick to indicators p99, frame decode to indicator update: the target as first set. */
  static final long TARGET_P99_NANOS = 20_000;

  private BenchSummary() {}

  static String text(
      BenchOptions o,
      String wiring,
      PhaseResult f,
      PhaseResult p,
      Gateway gw,
      String rebuild,
      String loadBefore,
      String loadAfter) {
    GatewayCounters c = gw.counters();
    return String.format(
        """
        Measured %s. Load average (1/5/15 min) %s at the start, %s at the end.

        IngestBenchmark: %d simulated EAs (4 symbols each) over loopback into an in-process
        gateway; %s; journal %s; tick ring consumers' wait strategy "%s"; indicator set `%s`
        (the indicators module's IndicatorSet) per stream and timeframe, updated per closed bar;
        events built and published on their own thread (event ring). Phase 1 sends at full speed
        (throughput); phase 2 at a paced %,d ticks/s in total (latency without a standing queue).
        Options: `--eas %d --seconds %d --wait %s`.

        | figure | full speed | paced |
        |---|---|---|
        | ticks sent | %,d | %,d |
        | ticks acknowledged (journal fsync'd) | %,d | %,d |
        | loss (received - validated or rejected, whole run) | %,d | |
        | sustained throughput after warm-up | %,.0f ticks/s | %,.0f ticks/s |
        | tick to indicators p50 | %s | %s |
        | tick to indicators p99 | %s | %s |
        | tick to indicators p99.9 | %s | %s |
        | tick to indicators max | %s | %s |
        | in-handler cost p50 (validation + bars + indicators + event copy) | %s | %s |
        | in-handler cost p99 | %s | %s |
        | in-handler cost p99.9 | %s | %s |
        | in-handler cost max | %s | %s |
        | events published / dropped (whole run) | %,d / %,d | |
        | backpressure pauses (whole run) | %,d | |
        | restart: state rebuilt from the journal (whole run) | %s | |

        "Tick to indicators" runs from the frame being decoded on the socket thread to the end of
        the market handler's work on it, so it includes waiting in the ring and the handler
        thread's wake-up; at full speed the ring stays full and it is mostly queueing. "In-handler
        cost" is the handler's own work on one tick, timed inside the handler (no queueing).

        Target, as set when the gateway was built: tick to indicators p99 ≤ 20 µs, from frame
        decode to indicator update. Measured p99: %s at full speed, %s paced: %s.
        """,
        PerformanceReport.machine(),
        loadBefore,
        loadAfter,
        o.eas(),
        wiring,
        o.journal() ? "on (fsync per batch)" : "off",
        o.waitStrategy(),
        o.spec(),
        o.pacedRate(),
        o.eas(),
        o.seconds(),
        o.waitStrategy(),
        f.sent(),
        p.sent(),
        f.acked(),
        p.acked(),
        c.ticksReceived() - (c.ticksAccepted() + c.ticksRejected()),
        f.throughput(),
        p.throughput(),
        us(f.latency(), 50),
        us(p.latency(), 50),
        us(f.latency(), 99),
        us(p.latency(), 99),
        us(f.latency(), 99.9),
        us(p.latency(), 99.9),
        us(f.latency(), 100),
        us(p.latency(), 100),
        us(f.cost(), 50),
        us(p.cost(), 50),
        us(f.cost(), 99),
        us(p.cost(), 99),
        us(f.cost(), 99.9),
        us(p.cost(), 99.9),
        us(f.cost(), 100),
        us(p.cost(), 100),
        c.eventsPublished(),
        c.eventsDropped(),
        c.backpressurePauses(),
        rebuild,
        us(f.latency(), 99),
        us(p.latency(), 99),
        p.latency().getValueAtPercentile(99) <= TARGET_P99_NANOS ? "met (paced)" : "not met");
  }
}
