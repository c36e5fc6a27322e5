package id.nusatrade.indicators.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Locale;

/**
 * The bar CSV reader every command shares ({@code indicators}, {@code train}, {@code backtest}):
 * header {@value BarRow#HEADER}, one validated bar per line, times strictly increasing, blank lines
 * skipped. Errors name the line. The row handed to the sink is reused for every line.
 */
public final class BarCsv {
  /** Receives each parsed bar; the row is only valid during the call. */
  @FunctionalInterface
  public interface Sink {
    void bar(BarRow row) throws IOException;
  }

  private BarCsv() {}

  /** Reads every bar and returns how many there were. */
  public static long read(BufferedReader reader, Sink sink) throws IOException, BadInputException {
    String header = reader.readLine();
    if (header == null || !header.replace(" ", "").toLowerCase(Locale.ROOT).equals(BarRow.HEADER)) {
      throw new BadInputException(
          1, "header must be '" + BarRow.HEADER + "', got '" + header + "'");
    }
    BarRow bar = new BarRow();
    long lineNo = 1;
    long bars = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      bar.parse(line, lineNo, bar.time, bars == 0);
      sink.bar(bar);
      bars++;
    }
    return bars;
  }
}
