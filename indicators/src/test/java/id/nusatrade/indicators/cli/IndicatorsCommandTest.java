package id.nusatrade.indicators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.indicators.Bars;
import id.nusatrade.indicators.OracleAccess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorsCommandTest {
  private static final String[] TOKENS = {
    "sma:20", "ema:20", "rsi:14", "macd:12:26:9", "bbands:20:2", "atr:14", "stoch:14:3:3",
    "adx:14", "cci:20", "willr:14", "obv", "mfi:14", "roc:10", "mom:10"
  };

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return IndicatorsCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void writesTaLibValuesForEveryOutputWithEmptyCellsBeforeWarmUp() throws IOException {
    Bars bars = Bars.apple();
    Path input = write(bars, true);
    Path output = dir.resolve("out.csv");

    int code =
        run(
            "--input",
            input.toString(),
            "--set",
            String.join(",", TOKENS),
            "--output",
            output.toString());

    assertThat(code).as(err.toString()).isZero();
    List<String> lines = Files.readAllLines(output);
    assertThat(lines).hasSize(bars.size() + 1);
    assertThat(lines.get(0))
        .startsWith("time,sma_20,ema_20,rsi_14,macd_12_26_9,macd_signal_12_26_9");
    List<double[]> expectedColumns = new ArrayList<>();
    for (String token : TOKENS) {
      for (double[] column : OracleAccess.expected(token, bars)) {
        expectedColumns.add(column);
      }
    }
    for (int i = 0; i < bars.size(); i++) {
      String[] cells = lines.get(i + 1).split(",", -1);
      assertThat(cells[0]).isEqualTo(isoDate(bars.time()[i]));
      for (int c = 0; c < expectedColumns.size(); c++) {
        double expected = expectedColumns.get(c)[i];
        String cell = cells[c + 1];
        if (Double.isNaN(expected)) {
          assertThat(cell).as("bar %d column %d", i, c).isEmpty();
        } else {
          OracleAccess.check(lines.get(0).split(",")[c + 1], i, expected, Double.parseDouble(cell));
        }
      }
    }
  }

  @Test
  void writesToStandardOutputEchoingEpochMillis() throws IOException {
    Bars bars = Bars.talibReference();
    Path input = write(bars, false);

    int code = run("--input", input.toString(), "--set", "sma:2,obv");

    assertThat(code).isZero();
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines[0]).isEqualTo("time,sma_2,obv");
    assertThat(lines[1]).isEqualTo("0,,4077500.0");
    assertThat(lines[2]).startsWith("86400000,93.1575,");
  }

  @Test
  void malformedLineExitsTwoNamingTheLineAndWritesNoOutput() throws IOException {
    Path input = dir.resolve("bad.csv");
    Files.writeString(
        input,
        """
        time,open,high,low,close,volume
        2024-01-01T00:00:00Z,10,11,9,10.5,100
        2024-01-02T00:00:00Z,10,11,9,10.5,100
        2024-01-03T00:00:00Z,10,11,9,ten,100
        2024-01-04T00:00:00Z,10,11,9,10.5,100
        """);
    Path output = dir.resolve("out.csv");

    int code = run("--input", input.toString(), "--set", "sma:2", "--output", output.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("line 4").contains("close 'ten' is not a finite number");
    assertThat(output).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bad.csv");
    }
  }

  @Test
  void failedRunLeavesAnExistingOutputUntouched() throws IOException {
    Path input = dir.resolve("bad.csv");
    Files.writeString(input, "time,open,high,low,close,volume\n2024-01-01,10,9,11,10,1\n");
    Path output = dir.resolve("out.csv");
    Files.writeString(output, "previous");

    int code = run("--input", input.toString(), "--set", "sma:2", "--output", output.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("line 2").contains("high 9.0 is below low 11.0");
    assertThat(Files.readString(output)).isEqualTo("previous");
  }

  @Test
  void rejectsAWrongHeaderAndOutOfOrderTimes() throws IOException {
    Path header = dir.resolve("h.csv");
    Files.writeString(header, "date,o,h,l,c,v\n");
    assertThat(run("--input", header.toString(), "--set", "sma:2")).isEqualTo(2);
    assertThat(err.toString()).contains("line 1").contains("header must be");

    Path order = dir.resolve("o.csv");
    Files.writeString(order, "time,open,high,low,close,volume\n2000,1,1,1,1,1\n1000,1,1,1,1,1\n");
    assertThat(run("--input", order.toString(), "--set", "sma:2")).isEqualTo(2);
    assertThat(err.toString()).contains("line 3").contains("not after the previous bar");
  }

  @Test
  void badSpecOrArgumentsExitTwoWithAClearMessage() {
    assertThat(run("--input", "x.csv", "--set", "rsi:0")).isEqualTo(2);
    assertThat(err.toString()).contains("Bad indicator token 'rsi:0'");
    assertThat(run("--set", "rsi:14")).isEqualTo(2);
    assertThat(err.toString()).contains("--input and --set are required").contains("Usage:");
  }

  @Test
  void helpPrintsUsageAndExitsZero() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("Usage: indicators --input");
  }

  private Path write(Bars bars, boolean isoTime) throws IOException {
    StringBuilder csv = new StringBuilder("time,open,high,low,close,volume\n");
    for (int i = 0; i < bars.size(); i++) {
      csv.append(isoTime ? isoDate(bars.time()[i]) : Long.toString(bars.time()[i]))
          .append(',')
          .append(bars.open()[i])
          .append(',')
          .append(bars.high()[i])
          .append(',')
          .append(bars.low()[i])
          .append(',')
          .append(bars.close()[i])
          .append(',')
          .append(bars.volume()[i])
          .append('\n');
    }
    Path input = dir.resolve("bars.csv");
    Files.writeString(input, csv);
    return input;
  }

  private static String isoDate(long millis) {
    return Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate().toString();
  }
}
