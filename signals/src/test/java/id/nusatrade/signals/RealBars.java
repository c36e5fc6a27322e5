package id.nusatrade.signals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real market data shipped in the ta4j-examples 0.18 jar, written as bar CSVs ({@code
 * time,open,high,low,close,volume}, epoch ms) under {@code signals/target/real-data} so {@code
 * ./nusatrade train} can read them and no data file is committed: Apple daily 2013, Bitstamp
 * BTC/USD trades aggregated into 1-minute bars (minutes without a trade have no bar), ETH/USD
 * 5-minute bars 2023 (time = bar open).
 */
public final class RealBars {
  public static final Path DIR = Path.of("target", "real-data");

  private RealBars() {}

  public static Path apple() throws IOException {
    List<String> lines = header();
    for (String row : resource("appleinc_bars_from_20130101_usd.csv").split("\n")) {
      String[] f = row.strip().split(",");
      if (f.length == 6 && Character.isDigit(f[0].charAt(0))) {
        long time = LocalDate.parse(f[0]).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        lines.add(time + "," + f[1] + "," + f[2] + "," + f[3] + "," + f[4] + "," + f[5]);
      }
    }
    return write("apple-d1.csv", lines);
  }

  public static Path bitstampMinutes() throws IOException {
    List<String> lines = header();
    long minute = Long.MIN_VALUE;
    double open = 0;
    double high = 0;
    double low = 0;
    double close = 0;
    double volume = 0;
    for (String row : resource("bitstamp_trades_from_20131125_usd.csv").split("\n")) {
      String[] f = row.strip().split(",");
      if (f.length < 3 || !Character.isDigit(f[0].charAt(0))) {
        continue;
      }
      long m = Long.parseLong(f[0]) / 60 * 60_000;
      double price = Double.parseDouble(f[1]);
      double amount = Double.parseDouble(f[2]);
      if (m != minute) {
        if (minute != Long.MIN_VALUE) {
          lines.add(bar(minute, open, high, low, close, volume));
        }
        minute = m;
        open = high = low = price;
        volume = 0;
      }
      high = Math.max(high, price);
      low = Math.min(low, price);
      close = price;
      volume += amount;
    }
    lines.add(bar(minute, open, high, low, close, volume));
    return write("bitstamp-btcusd-m1.csv", lines);
  }

  public static Path ethFiveMinutes() throws IOException {
    Matcher m =
        Pattern.compile(
                "\"endTime\":\\s*(\\d+),\\s*\"openPrice\":\\s*([\\d.]+),\\s*\"highPrice\":\\s*([\\d.]+),"
                    + "\\s*\"lowPrice\":\\s*([\\d.]+),\\s*\"closePrice\":\\s*([\\d.]+),\\s*\"volume\":\\s*([\\d.]+)")
            .matcher(resource("ETH-USD-PT5M-2023-3-13_2023-3-15.json"));
    List<String> lines = header();
    while (m.find()) {
      long openTime = Long.parseLong(m.group(1)) + 1 - 300_000; // endTime is the last millisecond
      lines.add(
          String.join(
              ",",
              Long.toString(openTime),
              m.group(2),
              m.group(3),
              m.group(4),
              m.group(5),
              m.group(6)));
    }
    return write("ethusd-m5.csv", lines);
  }

  private static String bar(long t, double o, double h, double l, double c, double v) {
    return String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%.8f", t, o, h, l, c, v);
  }

  private static List<String> header() {
    return new ArrayList<>(List.of("time,open,high,low,close,volume"));
  }

  private static Path write(String name, List<String> lines) throws IOException {
    Files.createDirectories(DIR);
    return Files.write(DIR.resolve(name), lines, StandardCharsets.UTF_8);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = RealBars.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IOException(name + " is not on the classpath (ta4j-examples 0.18 jar)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
