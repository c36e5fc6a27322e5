package id.nusatrade.indicators.cli;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/** Writes the output CSV: the input's time text, then one cell per output, empty when undefined. */
final class CsvOutput {
  private final Writer writer;

  CsvOutput(Writer writer) {
    this.writer = writer;
  }

  void header(String[] columns) throws IOException {
    writer.write("time");
    for (String column : columns) {
      writer.write(',');
      writer.write(column);
    }
    writer.write('\n');
  }

  void row(String time, double[] values) throws IOException {
    writer.write(time);
    for (double value : values) {
      writer.write(',');
      if (!Double.isNaN(value)) {
        writer.write(format(value));
      }
    }
    writer.write('\n');
  }

  /** Shortest text that parses back to the same double, without exponent notation. */
  static String format(double value) {
    double magnitude = Math.abs(value);
    if (magnitude == 0 || (magnitude >= 1e-3 && magnitude < 1e7)) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value).toPlainString();
  }

  void flush() throws IOException {
    writer.flush();
  }
}
