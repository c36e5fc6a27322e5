package id.nusatrade.backtest;

import id.nusatrade.market.bars.BarSeries;
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

/** Apple daily bars of 2013 (252) shipped in the ta4j-examples 0.18 jar: real market data. */
public final class AppleBars {
  private AppleBars() {}

  /** The rows as text: date, open, high, low, close, volume. */
  public static List<String[]> rows() {
    try (InputStream in =
        AppleBars.class.getResourceAsStream("/appleinc_bars_from_20130101_usd.csv")) {
      if (in == null) {
        throw new IllegalStateException("ta4j-examples jar missing from the test classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine();
      List<String[]> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          rows.add(line.split(","));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static long epochMillis(String date) {
    return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  public static BarSeries series() {
    List<String[]> rows = rows();
    int n = rows.size();
    long[] time = new long[n];
    double[][] c = new double[5][n];
    for (int i = 0; i < n; i++) {
      time[i] = epochMillis(rows.get(i)[0]);
      for (int k = 0; k < 5; k++) {
        c[k][i] = Double.parseDouble(rows.get(i)[k + 1]);
      }
    }
    return new BarSeries(time, c[0], c[1], c[2], c[3], c[4]);
  }

  /** The bars as the CLI reads them: header time,open,high,low,close,volume, epoch ms. */
  public static String csv() {
    StringBuilder out = new StringBuilder("time,open,high,low,close,volume\n");
    for (String[] row : rows()) {
      out.append(epochMillis(row[0]));
      for (int k = 1; k < 6; k++) {
        out.append(',').append(row[k]);
      }
      out.append('\n');
    }
    return out.toString();
  }
}
