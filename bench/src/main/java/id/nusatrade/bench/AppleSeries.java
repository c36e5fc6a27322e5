package id.nusatrade.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A long bar series made of real market moves: Apple's 2013 daily bars (shipped in the
 * ta4j-examples jar) repeated, each pass rescaled so it opens where the previous one closed.
 */
public final class AppleSeries {
  public final double[] open;
  public final double[] high;
  public final double[] low;
  public final double[] close;
  public final double[] volume;

  private AppleSeries(int n) {
    open = new double[n];
    high = new double[n];
    low = new double[n];
    close = new double[n];
    volume = new double[n];
  }

  public int size() {
    return close.length;
  }

  public static AppleSeries of(int n) {
    List<double[]> rows = load();
    AppleSeries s = new AppleSeries(n);
    double scale = 1;
    for (int i = 0; i < n; i++) {
      int j = i % rows.size();
      if (j == 0 && i > 0) {
        scale = s.close[i - 1] / rows.get(0)[0];
      }
      double[] r = rows.get(j);
      s.open[i] = r[0] * scale;
      s.high[i] = r[1] * scale;
      s.low[i] = r[2] * scale;
      s.close[i] = r[3] * scale;
      s.volume[i] = r[4];
    }
    return s;
  }

  private static List<double[]> load() {
    String name = "/appleinc_bars_from_20130101_usd.csv";
    try (InputStream in = AppleSeries.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " not on the class path (ta4j-examples jar)");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<double[]> rows = new ArrayList<>();
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] f = line.split(",");
        double[] row = new double[5];
        for (int k = 0; k < 5; k++) {
          row[k] = Double.parseDouble(f[k + 1]);
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
