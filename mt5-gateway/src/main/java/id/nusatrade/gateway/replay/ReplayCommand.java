package id.nusatrade.gateway.replay;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.Gateway;
import id.nusatrade.gateway.GatewayConfig;
import id.nusatrade.gateway.GatewayPorts;
import id.nusatrade.gateway.sim.EaSettings;
import id.nusatrade.gateway.sim.SimulatedExpertAdvisor;
import id.nusatrade.gateway.terminal.InMemoryTerminalDirectory;
import id.nusatrade.market.validation.ValidationConfig;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code replay --input FILE --symbol S [--speed 1x|10x|max] [--host H --port N --tenant T
 * --account A --api-key K]}. Without {@code --port} it starts a gateway in-process (historical
 * data: the staleness check off) and prints what it made of the data. Progress goes to stderr.
 */
public final class ReplayCommand {
  static final String USAGE =
      """
      usage: replay --input FILE --symbol SYMBOL [--speed 1x|10x|max] [--times recorded|live]
                    [--host 127.0.0.1 --port N --tenant UUID --account N --api-key KEY]
             replay --demo [--speed ...]    the shipped sample: real ETH/USD 5-minute bars of
                    2023-03-13..15 (Coinbase, via ta4j-examples) as symbol ETHUSD at 60x
        FILE   CSV ticks (time,bid,ask[,last,volume]) or bars (time,open,high,low,close,volume);
               bars become four ticks each (O, H/L, L/H, C)
        --port omitted: start a gateway in-process and report accepted/rejected ticks
               (./nusatrade replay fills in the running platform's gateway and --times live)
        --times live: stamp each tick with the time it is sent (a gateway that rejects stale
               ticks then takes old data as a live feed); recorded (default): the file's times
        credentials default to the demo terminal of tenant A (account 80001)
      """;

  private ReplayCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      out.print(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    try {
      ReplayOptions o = ReplayOptions.parse(args);
      ReplayTicks ticks = CsvMarketData.read(o.input());
      return o.port() > 0 ? replay(o, o.port(), ticks, out, err) : inProcess(o, ticks, out, err);
    } catch (IllegalArgumentException e) {
      err.println("replay: " + e.getMessage());
      err.print(USAGE);
      return 2;
    } catch (Exception e) {
      err.println("replay failed: " + e);
      return 1;
    }
  }

  private static int inProcess(ReplayOptions o, ReplayTicks ticks, PrintStream out, PrintStream err)
      throws Exception {
    var directory =
        new InMemoryTerminalDirectory().register(TenantId.of(o.tenant()), o.account(), o.apiKey());
    GatewayConfig config =
        GatewayConfig.defaults()
            .withValidation(ValidationConfig.defaults().withMaxTickAge(Duration.ZERO));
    try (Gateway gw = new Gateway(GatewayPorts.of(directory)).start(config)) {
      int rc = replay(o, gw.port(), ticks, out, err);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (gw.ticksAccepted() + gw.rejects().total() < ticks.size()
          && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      out.printf(
          "gateway: accepted %d, rejected %d %s, events %d%n",
          gw.ticksAccepted(), gw.rejects().total(), gw.rejects().counts(), gw.eventsPublished());
      return rc;
    }
  }

  private static int replay(
      ReplayOptions o, int port, ReplayTicks t, PrintStream out, PrintStream err)
      throws InterruptedException {
    EaSettings settings = EaSettings.of(o.host(), port, o.tenant(), o.account(), o.apiKey());
    long started = System.nanoTime();
    Clock clock = Clock.systemUTC();
    try (SimulatedExpertAdvisor ea = new SimulatedExpertAdvisor(settings).start()) {
      long lastSeq = 0;
      long stamped = Long.MIN_VALUE;
      for (int i = 0; i < t.size(); i++) {
        pace(o.speed(), started, t.time()[i] - t.time()[0], ea);
        // live: never earlier than the previous tick, or the gateway rejects it as out of order
        stamped = o.liveTimes() ? Math.max(stamped, clock.millis()) : t.time()[i];
        lastSeq =
            ea.sendTick(o.symbol(), stamped, t.bid()[i], t.ask()[i], t.last()[i], t.volume()[i], 0);
        if (o.speed() > 0) {
          ea.flush();
        }
        if ((i + 1) % 10_000 == 0) {
          err.printf(
              "replay: %,d / %,d ticks sent, %,d acknowledged%n", i + 1, t.size(), ea.ackedSeq());
        }
      }
      // lastSeq() rather than sendTick's result: a first WELCOME may renumber unsent frames
      boolean all = ea.awaitAcked(Math.max(lastSeq, ea.lastSeq()), Duration.ofSeconds(60));
      double secs = (System.nanoTime() - started) / 1e9;
      out.printf(
          "replayed %d ticks of %s in %.2f s (%.0f ticks/s), acknowledged %d, resent %d%n",
          t.size(), o.symbol(), secs, t.size() / secs, ea.ackedSeq(), ea.framesResent());
      if (!all) {
        err.println("replay: not every tick was acknowledged: " + ea.lastError());
      }
      return all ? 0 : 1;
    }
  }

  private static void pace(
      double speed, long started, long dataOffsetMillis, SimulatedExpertAdvisor ea) {
    if (speed <= 0) {
      return;
    }
    long due = started + (long) (dataOffsetMillis * 1_000_000 / speed);
    long wait = due - System.nanoTime();
    if (wait > 0) {
      ea.flush();
      LockSupport.parkNanos(wait);
    }
  }
}
