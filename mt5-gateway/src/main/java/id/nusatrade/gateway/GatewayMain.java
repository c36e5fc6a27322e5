package id.nusatrade.gateway;

import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.market.TradingSessions;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.platform.PlatformWiring;
import id.nusatrade.gateway.terminal.InMemoryTerminalDirectory;
import id.nusatrade.market.bars.IndicatorSpecs;
import id.nusatrade.market.validation.ValidationConfig;
import id.nusatrade.messaging.jms.ArtemisEventPublisher;
import id.nusatrade.messaging.jms.EventConsumer;
import id.nusatrade.tickstore.TickStores;
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
 * Runs the gateway as its own process, complete: {@code --port N --journal DIR [--host H]
 * [--max-tick-age SECONDS] [--terminal TENANT:ACCOUNT:APIKEY]... [--indicators SPEC]
 * [--tenant-indicators TENANT=SPEC]... [--sessions SYMBOL=ZONE@HH:MM;...] [--jdbc-url URL
 * --jdbc-user U --jdbc-password P [--tick-store postgres|clickhouse --clickhouse-url URL]]
 * [--artemis-url URL|none --artemis-user U --artemis-password P] [--status-file FILE]}. Wired like
 * the platform's gateway ({@link PlatformWiring}): with a JDBC URL, terminals from table
 * mt5_terminal and ticks and closed bars into the tick store (PostgreSQL, or ClickHouse at {@code
 * --clickhouse-url}); events to Artemis (default the platform's broker, {@code none} to run without
 * a bus, said at start); the status file for /health beside the journal. Without a JDBC URL
 * terminals come from {@code --terminal} and ticks stay in the journal only (said at start). Prints
 * one "listening" line, then serves until terminated.
 */
public final class GatewayMain {
  static final String DEFAULT_ARTEMIS_URL = "tcp://127.0.0.1:61616";

  private GatewayMain() {}

  public static void main(String[] args) throws Exception {
    launch(args, System.out);
    new CountDownLatch(1).await(); // serves until terminated; the shutdown hook stops it
  }

  /**
   * Starts the gateway as {@link #main} does (shutdown hook included), prints the "listening" line
   * and returns the running gateway.
   */
  static Gateway launch(String[] args, PrintStream out) throws Exception {
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
    ArtemisEventPublisher publisher = publisher(opts, out);
    GatewayConfig config = config(opts);
    Gateway gateway = new Gateway(ports(opts, terminals, publisher, out)).start(config);
    EventConsumer orders =
        publisher == null
            ? null
            : PlatformWiring.consumeOrders(
                gateway,
                opts.getOrDefault("artemis-url", DEFAULT_ARTEMIS_URL),
                opts.getOrDefault("artemis-user", "nusatrade"),
                opts.getOrDefault("artemis-password", "nusatrade"));
    GatewayStatusFile status =
        new GatewayStatusFile(statusFile(opts, config), gateway, Clock.systemUTC())
            .start(Duration.ofSeconds(2));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  status.close();
                  if (orders != null) {
                    orders.close();
                  }
                  gateway.stop();
                  if (publisher != null) {
                    publisher.close();
                  }
                }));
    out.println(
        "gateway listening on " + opts.getOrDefault("host", "127.0.0.1") + ":" + gateway.port());
    out.flush();
    return gateway;
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

  /** Events to Artemis unless {@code --artemis-url none}; null then. */
  static ArtemisEventPublisher publisher(Map<String, String> o, PrintStream out) {
    String url = o.getOrDefault("artemis-url", DEFAULT_ARTEMIS_URL);
    if (url.equals("none")) {
      out.println("gateway: --artemis-url none: events are not published (ticks are journaled)");
      return null;
    }
    return PlatformWiring.publisher(
        url,
        o.getOrDefault("artemis-user", "nusatrade"),
        o.getOrDefault("artemis-password", "nusatrade"));
  }

  static GatewayPorts ports(
      Map<String, String> o,
      InMemoryTerminalDirectory fallback,
      EventPublisher publisher,
      PrintStream out) {
    GatewayPorts ports;
    if (o.containsKey("jdbc-url")) {
      var ds =
          new DriverManagerDataSource(
              o.get("jdbc-url"),
              o.getOrDefault("jdbc-user", ""),
              o.getOrDefault("jdbc-password", ""));
      TickStores.Kind store = TickStores.Kind.parse(o.get("tick-store"));
      ports = PlatformWiring.ports(ds, TickStores.open(store, o.get("clickhouse-url"), ds));
    } else {
      out.println("gateway: no --jdbc-url: terminals from --terminal, ticks in the journal only");
      ports = GatewayPorts.of(fallback);
    }
    return publisher == null ? ports : ports.withPublisher(publisher);
  }

  /** {@code --status-file}, else {@code status.properties} beside the journal folder. */
  static Path statusFile(Map<String, String> o, GatewayConfig config) {
    if (o.containsKey("status-file")) {
      return Path.of(o.get("status-file"));
    }
    Path parent = config.journalDir().toAbsolutePath().getParent();
    return GatewayStatusFile.in(parent);
  }
}
