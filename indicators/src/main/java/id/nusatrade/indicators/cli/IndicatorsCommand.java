package id.nusatrade.indicators.cli;

import id.nusatrade.indicators.IndicatorSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code indicators --input bars.csv --set <spec> [--output out.csv]}: runs an indicator set over a
 * bar file. Exit 0 on success, 2 on bad arguments or malformed input (with the line number), 1 on
 * an I/O failure. With {@code --output} the file appears only when complete (written to a temporary
 * file beside it, then moved).
 */
public final class IndicatorsCommand {
  static final String USAGE =
      """
      Usage: indicators --input <bars.csv> --set <spec> [--output <out.csv>]
             indicators --help

        --input   CSV with header time,open,high,low,close,volume; time is ISO-8601
                  (2024-01-02T09:30:00Z, 2024-01-02) or epoch milliseconds
        --set     comma-separated indicator tokens, e.g. sma:20,rsi:14,macd:12:26:9,bbands:20:2
        --output  output CSV (default: standard output); written atomically

      Output: the input time, then one column per indicator output (e.g. macd_signal_12_26_9);
      a cell is empty until that output's warm-up (TA-Lib's lookback) is over.
      Exit codes: 0 ok, 2 bad arguments or malformed input, 1 I/O error.
      Indicators: see docs/indicators.md.
      """;

  private IndicatorsCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    Arguments parsed;
    try {
      parsed = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("indicators: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    if (parsed.help()) {
      out.print(USAGE);
      return 0;
    }
    try {
      IndicatorSet set = IndicatorSet.parse(parsed.spec());
      return execute(parsed, set, out, err);
    } catch (IllegalArgumentException e) {
      err.println("indicators: " + e.getMessage());
      return 2;
    }
  }

  private static int execute(Arguments args, IndicatorSet set, PrintStream out, PrintStream err) {
    Path temp = null;
    try (BufferedReader reader = Files.newBufferedReader(args.input(), StandardCharsets.UTF_8)) {
      if (args.output() == null) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new BarPipeline(set, err).run(reader, new CsvOutput(writer));
        return 0;
      }
      temp = tempBeside(args.output());
      try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        new BarPipeline(set, err).run(reader, new CsvOutput(writer));
      }
      Files.move(
          temp, args.output(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      temp = null;
      return 0;
    } catch (BadInputException e) {
      err.println("indicators: malformed input " + args.input() + ", " + e.getMessage());
      return 2;
    } catch (NoSuchFileException e) {
      err.println("indicators: no such file " + e.getFile());
      return 2;
    } catch (IOException e) {
      err.println("indicators: I/O error: " + e);
      return 1;
    } finally {
      deleteQuietly(temp);
    }
  }

  private static Path tempBeside(Path output) throws IOException {
    Path dir = output.toAbsolutePath().getParent();
    return Files.createTempFile(dir, "." + output.getFileName() + ".", ".tmp");
  }

  private static void deleteQuietly(Path temp) {
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // the original failure is what matters to the user
      }
    }
  }
}
