package id.nusatrade.gateway.replay;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Parsed command line of {@code replay}; {@code port == 0} means "start a gateway in-process". */
record ReplayOptions(
    Path input,
    String symbol,
    double speed,
    String host,
    int port,
    String tenant,
    long account,
    String apiKey) {
  static final String DEFAULT_TENANT = "00000000-0000-0000-0000-000000000001";

  static ReplayOptions parse(String[] args) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("unexpected argument: " + args[i]);
      }
      m.put(args[i].substring(2), args[++i]);
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
        Long.parseLong(m.getOrDefault("account", "1")),
        m.getOrDefault("api-key", "replay"));
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
