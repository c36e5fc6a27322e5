package id.nusatrade.gateway;

import id.nusatrade.domain.market.TradingSessions;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.bars.IndicatorSpecs;
import id.nusatrade.gateway.terminal.CachingTerminalDirectory;
import id.nusatrade.gateway.terminal.InMemoryTerminalDirectory;
import id.nusatrade.gateway.terminal.JdbcTerminalDirectory;
import id.nusatrade.gateway.terminal.TerminalDirectory;
import id.nusatrade.gateway.validation.ValidationConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the gateway as its own process: {@code --port N --journal DIR [--host H] [--max-tick-age
 * SECONDS] [--terminal TENANT:ACCOUNT:APIKEY]... [--indicators SPEC] [--tenant-indicators
 * TENANT=SPEC]... [--sessions SYMBOL=ZONE@HH:MM;...] [--jdbc-url URL --jdbc-user U --jdbc-password
 * P]}. Terminals come from PostgreSQL table mt5_terminal when a JDBC URL is given, else from the
 * {@code --terminal} options. Prints one "listening" line, then serves until terminated.
 */
public final class GatewayMain {
  private GatewayMain() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new HashMap<>();
    InMemoryTerminalDirectory terminals = new InMemoryTerminalDirectory();
    List<String> tenantSpecs = new ArrayList<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (args[i].equals("--terminal")) {
        String[] t = args[i + 1].split(":", 3);
        terminals.register(TenantId.of(t[0]), Long.parseLong(t[1]), t[2]);
      } else if (args[i].equals("--tenant-indicators")) {
        tenantSpecs.add(args[i + 1]);
      } else {
        opts.put(args[i].substring(2), args[i + 1]);
      }
    }
    opts.put("tenant-indicators", String.join(";", tenantSpecs));
    Gateway gateway = new Gateway(GatewayPorts.of(directory(opts, terminals))).start(config(opts));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  gateway.stop();
                  stopped.countDown();
                }));
    PrintStream out = System.out;
    out.println(
        "gateway listening on " + opts.getOrDefault("host", "127.0.0.1") + ":" + gateway.port());
    out.flush();
    stopped.await();
  }

  static GatewayConfig config(Map<String, String> o) {
    GatewayConfig c = GatewayConfig.defaults();
    c =
        new GatewayConfig(
            o.getOrDefault("host", c.host()),
            Integer.parseInt(o.getOrDefault("port", "7788")),
            c.maxFrameBytes(),
            c.ringSize(),
            c.maxTerminals(),
            c.maxStreams(),
            c.heartbeat(),
            c.validation(),
            c.tickSample(),
            Path.of(o.getOrDefault("journal", ".nusatrade/gateway-journal")),
            c.journalSegmentBytes(),
            c.journalRetainSegments(),
            c.rejectLogCapacity(),
            c.rejectEventsPerSecond(),
            c.waitStrategy(),
            indicatorSpecs(o),
            TradingSessions.parse(o.getOrDefault("sessions", "")));
    long age = Long.parseLong(o.getOrDefault("max-tick-age", "60"));
    return c.withValidation(ValidationConfig.defaults().withMaxTickAge(Duration.ofSeconds(age)));
  }

  /**
   * {@code --indicators SPEC} for every tenant and {@code --tenant-indicators TENANT=SPEC}
   * (repeated; joined with ';' above) for tenants with their own set.
   */
  static IndicatorSpecs indicatorSpecs(Map<String, String> o) {
    IndicatorSpecs specs =
        IndicatorSpecs.of(o.getOrDefault("indicators", IndicatorSpecs.DEFAULT_SPEC));
    for (String entry : o.getOrDefault("tenant-indicators", "").split(";")) {
      if (!entry.isBlank()) {
        String[] kv = entry.split("=", 2);
        specs = specs.withTenant(TenantId.of(kv[0].strip()), kv.length > 1 ? kv[1] : "");
      }
    }
    return specs;
  }

  private static TerminalDirectory directory(
      Map<String, String> o, InMemoryTerminalDirectory fallback) {
    if (!o.containsKey("jdbc-url")) {
      return fallback;
    }
    var ds =
        new DriverManagerDataSource(
            o.get("jdbc-url"),
            o.getOrDefault("jdbc-user", ""),
            o.getOrDefault("jdbc-password", ""));
    return new CachingTerminalDirectory(
        new JdbcTerminalDirectory(ds), Duration.ofSeconds(30), Clock.systemUTC());
  }
}
