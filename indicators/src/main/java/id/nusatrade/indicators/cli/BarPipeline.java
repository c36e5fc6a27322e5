package id.nusatrade.indicators.cli;

import id.nusatrade.indicators.IndicatorSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Reads bars line by line, feeds the set and writes a row per bar; reports progress on big files.
 */
final class BarPipeline {
  private static final long PROGRESS_EVERY = 1_000_000;
  private final IndicatorSet set;
  private final PrintStream progress;

  BarPipeline(IndicatorSet set, PrintStream progress) {
    this.set = set;
    this.progress = progress;
  }

  void run(BufferedReader reader, CsvOutput output) throws IOException, BadInputException {
    String header = reader.readLine();
    if (header == null || !header.replace(" ", "").toLowerCase(Locale.ROOT).equals(BarRow.HEADER)) {
      throw new BadInputException(
          1, "header must be '" + BarRow.HEADER + "', got '" + header + "'");
    }
    output.header(set.columnNames());
    double[] values = new double[set.width()];
    BarRow bar = new BarRow();
    long lineNo = 1;
    long bars = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      bar.parse(line, lineNo, bar.time, bars == 0);
      set.update(bar.time, bar.open, bar.high, bar.low, bar.close, bar.volume);
      set.values(values);
      output.row(bar.timeText, values);
      if (++bars % PROGRESS_EVERY == 0) {
        progress.println("indicators: " + bars + " bars");
      }
    }
    output.flush();
  }
}
