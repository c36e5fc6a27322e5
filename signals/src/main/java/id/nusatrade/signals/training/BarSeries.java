package id.nusatrade.signals.training;

import id.nusatrade.indicators.cli.BadInputException;
import id.nusatrade.indicators.cli.BarCsv;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** A bar series in primitive columns, read with the shared bar CSV reader of {@code indicators}. */
public record BarSeries(
    long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume) {

  public int size() {
    return close.length;
  }

  /**
   * Reads a bar CSV ({@code time,open,high,low,close,volume}).
   *
   * @throws BadInputException naming the line of the first malformed bar
   */
  public static BarSeries read(Path file) throws IOException, BadInputException {
    Builder builder = new Builder();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      BarCsv.read(
          reader,
          row ->
              builder.add(
                  row.time(), row.open(), row.high(), row.low(), row.close(), row.volume()));
    }
    return builder.build();
  }

  /** Collects bars one by one. */
  public static final class Builder {
    private long[] time = new long[1024];
    private double[][] c = new double[5][1024];
    private int n;

    public Builder add(long t, double open, double high, double low, double close, double volume) {
      if (n == time.length) {
        time = Arrays.copyOf(time, n * 2);
        for (int i = 0; i < 5; i++) {
          c[i] = Arrays.copyOf(c[i], n * 2);
        }
      }
      time[n] = t;
      c[0][n] = open;
      c[1][n] = high;
      c[2][n] = low;
      c[3][n] = close;
      c[4][n] = volume;
      n++;
      return this;
    }

    public BarSeries build() {
      return new BarSeries(
          Arrays.copyOf(time, n),
          Arrays.copyOf(c[0], n),
          Arrays.copyOf(c[1], n),
          Arrays.copyOf(c[2], n),
          Arrays.copyOf(c[3], n),
          Arrays.copyOf(c[4], n));
    }
  }
}
