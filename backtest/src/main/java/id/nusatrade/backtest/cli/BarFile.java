package id.nusatrade.backtest.cli;

import id.nusatrade.indicators.cli.BadInputException;
import id.nusatrade.indicators.cli.BarRow;
import id.nusatrade.market.bars.BarSeries;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
      BarSeries.Builder c = new BarSeries.Builder();
      BarRow row = new BarRow();
      long lineNo = 1;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (!line.isBlank()) {
          row.parse(line, lineNo, row.time, c.size() == 0);
          c.add(row.time, row.open, row.high, row.low, row.close, row.volume);
        }
      }
      return c.build();
    }
  }
}
