package id.nusatrade.gateway.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV market data. Ticks: {@code time,bid,ask[,last,volume]}. Bars: {@code
 * time,open,high,low,close,volume}, each expanded to four ticks O, H/L, L/H, C (low first on an up
 * bar, high first on a down bar: the usual guess of the path inside a bar), spaced a quarter bar
 * apart. Time is epoch seconds or milliseconds, ISO-8601, or {@code yyyy-MM-dd HH:mm:ss} (UTC). A
 * header line is skipped.
 */
public final class CsvMarketData {
  private static final DateTimeFormatter PLAIN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private CsvMarketData() {}

  public static ReplayTicks read(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#") && (Character.isDigit(t.charAt(0)))) {
        rows.add(t.split("\\s*[,;]\\s*"));
      }
    }
    if (rows.isEmpty()) {
      throw new IOException("no data rows in " + file);
    }
    return switch (rows.getFirst().length) {
      case 3, 5 -> ticks(rows);
      case 6 -> bars(rows);
      default -> throw new IOException("expected 3 or 5 (ticks) or 6 (bars) columns in " + file);
    };
  }

  private static ReplayTicks ticks(List<String[]> rows) {
    ReplayTicks t = ReplayTicks.ofCapacity(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      t.time()[i] = time(r[0]);
      t.bid()[i] = Double.parseDouble(r[1]);
      t.ask()[i] = Double.parseDouble(r[2]);
      t.last()[i] = r.length > 3 ? Double.parseDouble(r[3]) : 0;
      t.volume()[i] = r.length > 4 ? Math.round(Double.parseDouble(r[4])) : 0;
    }
    return new ReplayTicks(t.time(), t.bid(), t.ask(), t.last(), t.volume(), rows.size());
  }

  private static ReplayTicks bars(List<String[]> rows) {
    long barMillis = rows.size() > 1 ? time(rows.get(1)[0]) - time(rows.get(0)[0]) : 60_000;
    ReplayTicks t = ReplayTicks.ofCapacity(rows.size() * 4);
    int n = 0;
    for (String[] r : rows) {
      long open = time(r[0]);
      double o = Double.parseDouble(r[1]);
      double h = Double.parseDouble(r[2]);
      double l = Double.parseDouble(r[3]);
      double c = Double.parseDouble(r[4]);
      long vol = Math.round(Double.parseDouble(r[5]) / 4);
      double[] path = c >= o ? new double[] {o, l, h, c} : new double[] {o, h, l, c};
      for (int k = 0; k < 4; k++, n++) {
        t.time()[n] = open + k * barMillis / 4;
        t.bid()[n] = path[k];
        t.ask()[n] = path[k];
        t.last()[n] = path[k];
        t.volume()[n] = vol;
      }
    }
    return new ReplayTicks(t.time(), t.bid(), t.ask(), t.last(), t.volume(), n);
  }

  static long time(String text) {
    if (text.chars().allMatch(Character::isDigit)) {
      long v = Long.parseLong(text);
      return v < 100_000_000_000L ? v * 1000 : v;
    }
    if (text.contains("T")) {
      return Instant.parse(text).toEpochMilli();
    }
    return LocalDateTime.parse(text, PLAIN).toInstant(ZoneOffset.UTC).toEpochMilli();
  }
}
