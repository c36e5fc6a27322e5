package id.nusatrade.gateway.replay;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Parsed command line of {@code replay}; {@code port == 0} means "start a gateway in-process". The
 * default credentials are the demo terminal of tenant A that the platform's demo data registers
 * ({@code db/demo/R__demo_mt5_terminal.sql}). {@code liveTimes}: each tick is stamped with the
 * moment it is sent instead of its recorded time, so a gateway that rejects stale ticks (the
 * platform's does) takes a historical file as a live feed.
 */
record ReplayOptions(
    Path input,
    String symbol,
    double speed,
    String host,
    int port,
    String tenant,
    long account,
    String apiKey,
    boolean liveTimes) {
  static final String DEFAULT_TENANT = "11111111-1111-1111-1111-111111111111";
  static final String DEFAULT_ACCOUNT = "80001";
  static final String DEFAULT_API_KEY = "nusatrade-demo-terminal-a";

  static ReplayOptions parse(String[] args) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--demo")) {
        m.put("demo", "true");
        continue;
      }
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("unexpected argument: " + args[i]);
      }
      m.put(args[i].substring(2), args[++i]);
    }
    if (m.containsKey("demo")) {
      if (m.containsKey("input")) {
        throw new IllegalArgumentException("--demo streams the shipped sample: drop --input");
      }
      m.put("input", DemoSample.extract().toString());
      m.putIfAbsent("symbol", DemoSample.SYMBOL);
      m.putIfAbsent("speed", DemoSample.SPEED);
    }
    for (String required : new String[] {"input", "symbol"}) {
      if (!m.containsKey(required)) {
        throw new IllegalArgumentException("--" + required + " is required");
      }
    }
    return new ReplayOptions(
        Path.of(m.get("input")),
        m.get("symbol"),
        speed(m.getOrDefault("speed", "max")),
        m.getOrDefault("host", "127.0.0.1"),
        Integer.parseInt(m.getOrDefault("port", "0")),
        m.getOrDefault("tenant", DEFAULT_TENANT),
        Long.parseLong(m.getOrDefault("account", DEFAULT_ACCOUNT)),
        m.getOrDefault("api-key", DEFAULT_API_KEY),
        liveTimes(m.getOrDefault("times", "recorded")));
  }

  private static boolean liveTimes(String text) {
    return switch (text) {
      case "live" -> true;
      case "recorded" -> false;
      default -> throw new IllegalArgumentException("--times is live or recorded");
    };
  }

  /** 0 for "max", else the time compression factor. */
  private static double speed(String text) {
    if (text.equals("max")) {
      return 0;
    }
    if (!text.endsWith("x")) {
      throw new IllegalArgumentException("--speed is 1x, 10x, ... or max");
    }
    return Double.parseDouble(text.substring(0, text.length() - 1));
  }
}
