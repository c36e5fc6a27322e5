package id.nusatrade.gateway.replay;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the real market data shipped in the ta4j-examples jar into our CSV formats under
 * target/data at test time, so no large data file is committed. Bitstamp trades (second resolution)
 * become ticks at bid = ask = last = trade price, spread over the milliseconds of their second in
 * order; amounts become satoshis. The ETH/USD 5-minute bars keep their open time.
 */
public final class Ta4jSampleData {
  public static final Path DIR = Path.of("target", "data");

  private Ta4jSampleData() {}

  public static Path bitstampTicks() throws IOException {
    Path out = DIR.resolve("bitstamp-btcusd-ticks.csv");
    if (Files.exists(out)) {
      return out;
    }
    List<String> lines = new ArrayList<>(List.of("time,bid,ask,last,volume"));
    long second = -1;
    int within = 0;
    for (String row : resource("bitstamp_trades_from_20131125_usd.csv").split("\n")) {
      String[] f = row.strip().split(",");
      if (f.length < 3 || !Character.isDigit(f[0].charAt(0))) {
        continue;
      }
      long s = Long.parseLong(f[0]);
      within = s == second ? Math.min(within + 1, 999) : 0;
      second = s;
      String price = f[1];
      long satoshi = Math.round(Double.parseDouble(f[2]) * 1e8);
      lines.add((s * 1000 + within) + "," + price + "," + price + "," + price + "," + satoshi);
    }
    return write(out, lines);
  }

  public static Path ethBars() throws IOException {
    Path out = DIR.resolve("ethusd-m5-bars.csv");
    if (Files.exists(out)) {
      return out;
    }
    String json = resource("ETH-USD-PT5M-2023-3-13_2023-3-15.json");
    Matcher m =
        Pattern.compile(
                "\"endTime\":\\s*(\\d+),\\s*\"openPrice\":\\s*([\\d.]+),"
                    + "\\s*\"highPrice\":\\s*([\\d.]+),\\s*\"lowPrice\":\\s*([\\d.]+),"
                    + "\\s*\"closePrice\":\\s*([\\d.]+),\\s*\"volume\":\\s*([\\d.]+)")
            .matcher(json);
    List<String> lines = new ArrayList<>(List.of("time,open,high,low,close,volume"));
    while (m.find()) {
      long open = Long.parseLong(m.group(1)) + 1 - 300_000; // endTime is the bar's last millisecond
      lines.add(
          open
              + ","
              + m.group(2)
              + ","
              + m.group(3)
              + ","
              + m.group(4)
              + ","
              + m.group(5)
              + ","
              + m.group(6));
    }
    return write(out, lines);
  }

  private static Path write(Path out, List<String> lines) throws IOException {
    Files.createDirectories(out.getParent());
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    Files.write(tmp, lines);
    return Files.move(tmp, out, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = Ta4jSampleData.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException(name + " not on the classpath (org.ta4j:ta4j-examples)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
