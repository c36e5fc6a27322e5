package id.nusatrade.indicators.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * One parsed and validated CSV bar, reused for every line so a big file costs no garbage per row
 * beyond the line string itself. {@code time} is ISO-8601 (instant, offset or local date-time taken
 * as UTC, or a date) or epoch milliseconds; the original text is kept to echo it. Public because
 * {@code ./nusatrade backtest} reads bar files with the same validation.
 */
public final class BarRow {
  public static final String HEADER = "time,open,high,low,close,volume";

  public String timeText;
  public long time;
  public double open;
  public double high;
  public double low;
  public double close;
  public double volume;

  public void parse(String line, long lineNo, long previousTime, boolean first)
      throws BadInputException {
    String[] f = line.split(",", -1);
    if (f.length != 6) {
      throw new BadInputException(lineNo, "expected 6 fields (" + HEADER + "), got " + f.length);
    }
    timeText = f[0].trim();
    time = parseTime(timeText, lineNo);
    if (!first && time <= previousTime) {
      throw new BadInputException(lineNo, "time '" + timeText + "' is not after the previous bar");
    }
    open = number(f[1], "open", lineNo);
    high = number(f[2], "high", lineNo);
    low = number(f[3], "low", lineNo);
    close = number(f[4], "close", lineNo);
    volume = number(f[5], "volume", lineNo);
    check(lineNo);
  }

  private void check(long lineNo) throws BadInputException {
    if (high < low) {
      throw new BadInputException(lineNo, "high " + high + " is below low " + low);
    }
    if (open > high || open < low || close > high || close < low) {
      throw new BadInputException(lineNo, "open/close outside the bar's high-low range");
    }
    if (volume < 0) {
      throw new BadInputException(lineNo, "negative volume " + volume);
    }
  }

  private static double number(String text, String field, long lineNo) throws BadInputException {
    try {
      double value = Double.parseDouble(text.trim());
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below with the line number
    }
    throw new BadInputException(lineNo, field + " '" + text.trim() + "' is not a finite number");
  }

  static long parseTime(String text, long lineNo) throws BadInputException {
    try {
      if (!text.isEmpty()
          && text.chars().allMatch(c -> c == '-' || Character.isDigit(c))
          && text.indexOf('-', 1) < 0) {
        return Long.parseLong(text);
      }
      if (text.endsWith("Z")) {
        return Instant.parse(text).toEpochMilli();
      }
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
      }
      if (text.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return OffsetDateTime.parse(text).toInstant().toEpochMilli();
      }
      return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).toEpochMilli();
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new BadInputException(
          lineNo, "time '" + text + "' is neither ISO-8601 nor epoch milliseconds");
    }
  }
}
