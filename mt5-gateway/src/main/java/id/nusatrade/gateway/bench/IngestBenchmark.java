package id.nusatrade.gateway.bench;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.Gateway;
import id.nusatrade.gateway.GatewayConfig;
import id.nusatrade.gateway.GatewayPorts;
import id.nusatrade.gateway.sim.EaSettings;
import id.nusatrade.gateway.sim.SimulatedExpertAdvisor;
import id.nusatrade.gateway.terminal.InMemoryTerminalDirectory;
import id.nusatrade.gateway.validation.ValidationConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * {@code IngestBenchmark [--eas 4] [--seconds 20] [--journal on|off] [--report
 * docs/performance.md]}: N simulated EAs at full speed over loopback into an in-process gateway
 * with a journal (fsync per batch) unless turned off. Latency is from frame decoded on the socket
 * thread to the end of the market handler's work (validation, bars, indicators), recorded after a
 * warm-up.
 */
public final class IngestBenchmark {
  private IngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    int eas = Integer.parseInt(arg(args, "--eas", "4"));
    int seconds = Integer.parseInt(arg(args, "--seconds", "20"));
    boolean journal = !arg(args, "--journal", "on").equals("off");
    int pacedRate = Integer.parseInt(arg(args, "--paced-rate", "50000"));
    String wait = arg(args, "--wait", "sleeping");
    Path report = Path.of(arg(args, "--report", "docs/performance.md"));
    Recorder latency = new Recorder(3);
    var dir = new InMemoryTerminalDirectory();
    TenantId tenant = TenantId.of("00000000-0000-0000-0000-00000000be9c");
    for (int i = 0; i < eas; i++) {
      dir.register(tenant, 1000 + i, "bench"); // full-speed phase
      dir.register(tenant, 2000 + i, "bench"); // paced phase
    }
    Path journalDir = Files.createTempDirectory("gateway-bench");
    GatewayConfig config =
        GatewayConfig.defaults()
            .withValidation(ValidationConfig.defaults().withMaxTickAge(Duration.ZERO));
    if (journal) {
      config = config.withJournal(journalDir);
    }
    GatewayPorts ports =
        GatewayPorts.of(dir)
            .withIndicators(StandInIndicators::create)
            .withProbe(received -> latency.recordValue(System.nanoTime() - received));
    try (Gateway gw = new Gateway(ports).start(config)) {
      Result r = drive(gw, tenant, eas, seconds, latency, 0, 1000);
      Result paced = drive(gw, tenant, eas, Math.max(4, seconds / 2), latency, pacedRate, 2000);
      String body = summary(r, paced, pacedRate, eas, journal, wait, gw);
      System.out.println(body);
      PerformanceReport.write(report, body);
    }
  }

  private record Result(
      long sent, long acked, double seconds, Histogram histogram, double throughput) {}

  private static Result drive(
      Gateway gw,
      TenantId tenant,
      int eas,
      int seconds,
      Recorder latency,
      int rate,
      int accountBase)
      throws Exception {
    AtomicLong sent = new AtomicLong();
    List<SimulatedExpertAdvisor> clients = new ArrayList<>();
    List<Thread> senders = new ArrayList<>();
    long warmupEnd = System.nanoTime() + Duration.ofSeconds(Math.min(5, seconds / 4)).toNanos();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    for (int i = 0; i < eas; i++) {
      var ea =
          new SimulatedExpertAdvisor(
                  EaSettings.of(
                      "127.0.0.1", gw.port(), tenant.toString(), accountBase + i, "bench"))
              .start();
      clients.add(ea);
      double perEa = rate / (double) eas;
      Thread t = new Thread(() -> send(ea, end, sent, perEa), "bench-ea-" + i);
      senders.add(t);
      t.start();
    }
    while (System.nanoTime() < warmupEnd) {
      Thread.sleep(100);
    }
    latency.getIntervalHistogram(); // drop warm-up samples
    long measuredFrom = System.nanoTime();
    long acceptedAtWarmup = gw.ticksAccepted() + gw.rejects().total();
    long before = acceptedAtWarmup;
    for (Thread t : senders) {
      t.join();
    }
    long acked = 0;
    for (SimulatedExpertAdvisor ea : clients) {
      ea.awaitAcked(ea.lastSeq(), Duration.ofSeconds(60));
      acked += ea.ackedSeq();
    }
    while (gw.ticksAccepted() + gw.rejects().total() < sent.get()
        && System.nanoTime() - end < Duration.ofSeconds(30).toNanos()) {
      Thread.sleep(10);
    }
    double secs = (System.nanoTime() - measuredFrom) / 1e9;
    Histogram h = latency.getIntervalHistogram();
    clients.forEach(SimulatedExpertAdvisor::close);
    long measured = gw.ticksAccepted() + gw.rejects().total() - before;
    return new Result(sent.get(), acked, secs, h.copy(), measured / secs);
  }

  /** Full speed when {@code rate} is 0, else paced to {@code rate} ticks/s in chunks of 50. */
  private static void send(SimulatedExpertAdvisor ea, long end, AtomicLong sent, double rate) {
    long start = System.nanoTime();
    SplittableRandom rnd = new SplittableRandom(ea.hashCode());
    String[] symbols = {"EURUSD", "GBPUSD", "USDJPY", "XAUUSD"};
    double[] mid = {1.08, 1.27, 151.2, 2330};
    long time = System.currentTimeMillis();
    long n = 0;
    try {
      while ((n & 1023) != 0 || System.nanoTime() < end) {
        int s = (int) (n & 3);
        mid[s] *= 1 + (rnd.nextDouble() - 0.5) * 1e-4;
        double spread = mid[s] * 1e-5;
        time += 10; // 100 ticks/s of market time per stream: an M1 bar closes every 6,000 ticks
        ea.sendTick(symbols[s], time, mid[s] - spread, mid[s] + spread, 0, 1, 6);
        n++;
        if (rate > 0 && n % 50 == 0) {
          ea.flush();
          java.util.concurrent.locks.LockSupport.parkNanos(
              start + (long) (n * 1e9 / rate) - System.nanoTime());
        }
      }
      ea.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sent.addAndGet(n);
  }

  private static String summary(
      Result r, Result paced, int rate, int eas, boolean journal, String wait, Gateway gw) {
    return String.format(
        """
        Measured %s.

        IngestBenchmark: %d simulated EAs (4 symbols each) over loopback into an in-process
        gateway; journal %s; ring consumers' wait strategy "%s"; stand-in indicators SMA 20 and
        EMA 50 per closed bar. Phase 1 sends at full speed (throughput); phase 2 sends at a paced
        %,d ticks/s in total (latency without a standing queue). Run:
        `java -cp ... id.nusatrade.gateway.bench.IngestBenchmark --eas %d --seconds N`.

        | figure | full speed | paced |
        |---|---|---|
        | ticks sent | %,d | %,d |
        | ticks acknowledged (journal fsync'd) | %,d | %,d |
        | loss (sent - validated or rejected) | %,d | |
        | sustained throughput after warm-up | %,.0f ticks/s | %,.0f ticks/s |
        | tick to indicators p50 | %s | %s |
        | tick to indicators p99 | %s | %s |
        | tick to indicators p99.9 | %s | %s |
        | tick to indicators max | %s | %s |
        | backpressure pauses (whole run) | %,d | |

        Latency runs from the frame being decoded on the socket thread to the end of the market
        handler (validation, bars, indicators). At full speed the ring stays full, so the figure is
        mostly the time a tick waits behind 65,536 others: a queueing figure, not a path cost.
        """,
        PerformanceReport.machine(),
        eas,
        journal ? "on (fsync per batch)" : "off",
        wait,
        rate,
        eas,
        r.sent(),
        paced.sent(),
        r.acked(),
        paced.acked(),
        r.sent() + paced.sent() - (gw.ticksAccepted() + gw.rejects().total()),
        r.throughput(),
        paced.throughput(),
        us(r, 50),
        us(paced, 50),
        us(r, 99),
        us(paced, 99),
        us(r, 99.9),
        us(paced, 99.9),
        us(r, 100),
        us(paced, 100),
        gw.stats().backpressurePauses());
  }

  private static String us(Result r, double percentile) {
    Histogram h = r.histogram();
    long v = percentile >= 100 ? h.getMaxValue() : h.getValueAtPercentile(percentile);
    return String.format("%,.1f µs", v / 1e3);
  }

  private static String arg(String[] args, String name, String def) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return def;
  }
}
