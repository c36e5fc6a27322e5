package id.nusatrade.indicators;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A bar series held as primitive columns, as TA-Lib's functions take it. */
public record Bars(
    String name,
    long[] time,
    double[] open,
    double[] high,
    double[] low,
    double[] close,
    double[] volume) {

  public int size() {
    return close.length;
  }

  public int last() {
    return close.length - 1;
  }

  /** Apple daily bars of 2013 shipped in the ta4j-examples 0.18 jar (real market data). */
  public static Bars apple() {
    return csv("apple-2013-daily", "/appleinc_bars_from_20130101_usd.csv");
  }

  /**
   * TA-Lib's own 252-bar regression series (ta_regtest test_data.c, copied from npm talib@1.1.6;
   * see src/test/resources/talib/README.md).
   */
  public static Bars talibReference() {
    return csv("talib-regtest-daily-ref-0", "/talib/ta_regtest_daily_ref_0.csv");
  }

  /**
   * A seeded random walk with prices rounded to cents, so it has ties (Aroon's index choice), flat
   * bars (zero ranges) and zero-volume bars that real series rarely show.
   */
  public static Bars randomWalk(long seed, int n) {
    Random random = new Random(seed);
    double[][] c = new double[5][n];
    long[] time = new long[n];
    double price = 100;
    for (int i = 0; i < n; i++) {
      time[i] = 1_700_000_000_000L + i * 60_000L;
      double open = cents(price);
      boolean flat = random.nextInt(40) == 0;
      double close = flat ? open : cents(Math.max(1, open + random.nextGaussian()));
      double high =
          flat ? open : cents(Math.max(open, close) + Math.abs(random.nextGaussian()) * 0.5);
      double low =
          flat ? open : cents(Math.min(open, close) - Math.abs(random.nextGaussian()) * 0.5);
      c[0][i] = open;
      c[1][i] = high;
      c[2][i] = low;
      c[3][i] = close;
      c[4][i] = random.nextInt(25) == 0 ? 0 : 100 + random.nextInt(10_000);
      price = close;
    }
    return new Bars("random-walk-" + seed, time, c[0], c[1], c[2], c[3], c[4]);
  }

  private static double cents(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static Bars csv(String name, String resource) {
    try (InputStream in = Bars.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          rows.add(line.split(","));
        }
      }
      return columns(name, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Bars columns(String name, List<String[]> rows) {
    int n = rows.size();
    long[] time = new long[n];
    double[][] c = new double[5][n];
    for (int i = 0; i < n; i++) {
      String[] row = rows.get(i);
      time[i] =
          row[0].contains("-")
              ? LocalDate.parse(row[0]).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()
              : Long.parseLong(row[0]);
      for (int k = 0; k < 5; k++) {
        c[k][i] = Double.parseDouble(row[k + 1]);
      }
    }
    return new Bars(name, time, c[0], c[1], c[2], c[3], c[4]);
  }

  @Override
  public String toString() {
    return name;
  }
}
