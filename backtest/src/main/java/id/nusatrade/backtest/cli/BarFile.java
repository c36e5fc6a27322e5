package id.nusatrade.backtest.cli;

import id.nusatrade.backtest.engine.BarSeries;
import id.nusatrade.indicators.cli.BadInputException;
import id.nusatrade.indicators.cli.BarRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a bar CSV ({@code time,open,high,low,close,volume}, as {@code ./nusatrade indicators} reads
 * it, with the same row validation) into columns.
 */
final class BarFile {
  private BarFile() {}

  static BarSeries read(Path path) throws IOException, BadInputException {
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String header = reader.readLine();
      if (header == null
          || !header.replace(" ", "").toLowerCase(Locale.ROOT).equals(BarRow.HEADER)) {
        throw new BadInputException(
            1, "header must be '" + BarRow.HEADER + "', got '" + header + "'");
      }
      Columns c = new Columns();
      BarRow row = new BarRow();
      long lineNo = 1;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (!line.isBlank()) {
          row.parse(line, lineNo, row.time, c.n == 0);
          c.add(row);
        }
      }
      return c.series();
    }
  }

  /** Growing primitive columns. */
  private static final class Columns {
    long[] time = new long[1024];
    double[][] v = new double[5][1024];
    int n;

    void add(BarRow row) {
      if (n == time.length) {
        time = Arrays.copyOf(time, n * 2);
        for (int k = 0; k < 5; k++) {
          v[k] = Arrays.copyOf(v[k], n * 2);
        }
      }
      time[n] = row.time;
      v[0][n] = row.open;
      v[1][n] = row.high;
      v[2][n] = row.low;
      v[3][n] = row.close;
      v[4][n] = row.volume;
      n++;
    }

    BarSeries series() {
      return new BarSeries(
          Arrays.copyOf(time, n),
          Arrays.copyOf(v[0], n),
          Arrays.copyOf(v[1], n),
          Arrays.copyOf(v[2], n),
          Arrays.copyOf(v[3], n),
          Arrays.copyOf(v[4], n));
    }
  }
}
