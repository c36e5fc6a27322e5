package id.nusatrade.gateway.bench;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.Gateway;
import id.nusatrade.gateway.GatewayConfig;
import id.nusatrade.gateway.GatewayPorts;
import id.nusatrade.gateway.sim.EaSettings;
import id.nusatrade.gateway.sim.SimulatedExpertAdvisor;
import id.nusatrade.gateway.terminal.InMemoryTerminalDirectory;
import id.nusatrade.market.bars.IndicatorSpecs;
import id.nusatrade.market.validation.ValidationConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.HdrHistogram.Recorder;

/**
 * {@code IngestBenchmark [--eas 2] [--seconds 20] [--journal on|off] [--paced-rate 50000] [--wait
 * sleeping|yielding|blocking|lite-blocking|phased] [--indicators SPEC] [--report
 * docs/performance.md]}: N simulated EAs over loopback into an in-process gateway with a journal
 * (fsync per batch) unless turned off; phase 1 at full speed, phase 2 paced. Records, after a
 * warm-up, tick-to-indicators latency and the market handler's own cost per tick.
 */
public final class IngestBenchmark {
  private static final TenantId TENANT = TenantId.of("00000000-0000-0000-0000-00000000be9c");

  private final Recorder latency = new Recorder(3);
  private final Recorder cost = new Recorder(3);

  private IngestBenchmark() {}

  /**
   * What the benchmarked gateway is plugged into: its ports (a fresh set per gateway start, the
   * benchmark's probe added), how a terminal is registered so its EA may connect, and one sentence
   * for the report.
   */
  public interface Wiring {
    GatewayPorts ports() throws Exception;

    void register(TenantId tenant, long account, String apiKey) throws Exception;

    String description();
  }

  public static void main(String[] args) throws Exception {
    BenchOptions o = BenchOptions.parse(args);
    var dir = new InMemoryTerminalDirectory();
    Wiring bare =
        new Wiring() {
          @Override
          public GatewayPorts ports() {
            return GatewayPorts.of(dir);
          }

          @Override
          public void register(TenantId tenant, long account, String apiKey) {
            dir.register(tenant, account, apiKey);
          }

          @Override
          public String description() {
            return "no tick store and no bus attached (events discarded): the fast path alone";
          }
        };
    String body = measure(o, bare);
    System.out.println(body);
    PerformanceReport.write(Path.of(o.report()), body);
  }

  /**
   * Runs both phases against a gateway on {@code wiring} and returns the report body (machine, load
   * average before and after, the figures).
   */
  public static String measure(BenchOptions o, Wiring wiring) throws Exception {
    String loadBefore = PerformanceReport.loadAverage();
    for (int i = 0; i < o.eas(); i++) {
      wiring.register(TENANT, 1000 + i, "bench"); // full-speed phase
      wiring.register(TENANT, 2000 + i, "bench"); // paced phase
    }
    GatewayConfig config =
        GatewayConfig.defaults()
            .withValidation(ValidationConfig.defaults().withMaxTickAge(Duration.ZERO))
            .withIndicators(IndicatorSpecs.of(o.spec()));
    config = config.withRing(config.ringSize(), o.waitStrategy());
    if (o.journal()) {
      config = config.withJournal(Files.createTempDirectory("gateway-bench"));
    }
    IngestBenchmark bench = new IngestBenchmark();
    GatewayPorts ports =
        wiring
            .ports()
            .withProbe(
                (received, started) -> {
                  long now = System.nanoTime();
                  bench.latency.recordValue(now - received);
                  bench.cost.recordValue(now - started);
                });
    Gateway gw = new Gateway(ports).start(config);
    PhaseResult full;
    PhaseResult paced;
    try {
      full = bench.drive(gw, o.eas(), o.seconds(), 0, 1000);
      paced = bench.drive(gw, o.eas(), Math.max(4, o.seconds() / 2), o.pacedRate(), 2000);
    } finally {
      gw.stop();
    }
    String rebuild = o.journal() ? rebuild(wiring.ports(), config) : "journal off";
    if (config.journalDir() != null) {
      deleteTree(config.journalDir()); // up to a GiB of segments: do not leave them in /tmp
    }
    return BenchSummary.text(
        o,
        wiring.description(),
        full,
        paced,
        gw,
        rebuild,
        loadBefore,
        PerformanceReport.loadAverage());
  }

  /** A restart on the run's journal: how long rebuilding bars and indicators takes. */
  private static String rebuild(GatewayPorts ports, GatewayConfig config) throws Exception {
    long started = System.nanoTime();
    try (Gateway again = new Gateway(ports).start(config)) {
      double secs = (System.nanoTime() - started) / 1e9;
      long ticks = again.counters().ticksReplayed();
      return String.format(
          "%,d ticks in %,.1f s (%,.0f ticks/s)", ticks, secs, ticks / Math.max(secs, 1e-9));
    }
  }

  private PhaseResult drive(Gateway gw, int eas, int seconds, int rate, int accountBase)
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
                      "127.0.0.1", gw.port(), TENANT.toString(), accountBase + i, "bench"))
              .start();
      clients.add(ea);
      Thread t = new Thread(new LoadSender(ea, end, sent, rate / (double) eas), "bench-ea-" + i);
      senders.add(t);
      t.start();
    }
    awaitNanos(warmupEnd);
    latency.getIntervalHistogram(); // drop warm-up samples
    cost.getIntervalHistogram();
    long measuredFrom = System.nanoTime();
    long before = verdicts(gw);
    for (Thread t : senders) {
      t.join();
    }
    long acked = 0;
    for (SimulatedExpertAdvisor ea : clients) {
      ea.awaitAcked(ea.lastSeq(), Duration.ofSeconds(60));
      acked += ea.ackedSeq();
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (verdicts(gw) < gw.counters().ticksReceived() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    double secs = (System.nanoTime() - measuredFrom) / 1e9;
    clients.forEach(SimulatedExpertAdvisor::close);
    return new PhaseResult(
        sent.get(),
        acked,
        secs,
        (verdicts(gw) - before) / secs,
        latency.getIntervalHistogram(),
        cost.getIntervalHistogram());
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static long verdicts(Gateway gw) {
    return gw.ticksAccepted() + gw.rejects().total();
  }

  private static void awaitNanos(long deadline) throws InterruptedException {
    while (System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }
}
