package id.nusatrade.indicators.cli;

import id.nusatrade.indicators.IndicatorSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

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
    output.header(set.columnNames());
    double[] values = new double[set.width()];
    long[] bars = {0};
    BarCsv.read(
        reader,
        bar -> {
          set.update(bar.time, bar.open, bar.high, bar.low, bar.close, bar.volume);
          set.values(values);
          output.row(bar.timeText, values);
          if (++bars[0] % PROGRESS_EVERY == 0) {
            progress.println("indicators: " + bars[0] + " bars");
          }
        });
    output.flush();
  }
}
