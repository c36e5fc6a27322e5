package id.nusatrade.rules.limits;

import id.nusatrade.rules.engine.RuleMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Typed reading of one column of a {@link LimitTable}: each getter reports a missing or malformed
 * value against its line and returns a harmless placeholder, so one pass finds every problem.
 */
final class CellReader {
  private final LimitTable table;
  private final String column;
  private final List<RuleMessage> messages;

  CellReader(LimitTable table, String column, List<RuleMessage> messages) {
    this.table = table;
    this.column = column;
    this.messages = messages;
  }

  /** A non-negative amount such as {@code 500000000} or {@code 1500.50}. */
  BigDecimal amount(String parameter) {
    String text = text(parameter);
    if (text == null) {
      return BigDecimal.ZERO;
    }
    try {
      BigDecimal value = new BigDecimal(text.replace("_", ""));
      if (value.signum() < 0) {
        return bad(parameter, "must not be negative", BigDecimal.ZERO);
      }
      return value;
    } catch (NumberFormatException e) {
      return bad(parameter, "is not a number: '" + text + "'", BigDecimal.ZERO);
    }
  }

  /** A positive whole number, or {@code unlimited}. */
  long count(String parameter, boolean unlimitedAllowed) {
    String text = text(parameter);
    if (text == null) {
      return 0;
    }
    if (text.equalsIgnoreCase("unlimited")) {
      return unlimitedAllowed ? Long.MAX_VALUE : bad(parameter, "cannot be unlimited", 0L);
    }
    try {
      long value = Long.parseLong(text.replace("_", ""));
      return value < 0 ? bad(parameter, "must not be negative", 0L) : value;
    } catch (NumberFormatException e) {
      return bad(parameter, "is not a whole number: '" + text + "'", 0L);
    }
  }

  /** {@code true}/{@code false} (also {@code yes}/{@code no}). */
  boolean flag(String parameter) {
    String text = text(parameter);
    if (text == null) {
      return false;
    }
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> bad(parameter, "must be true or false: '" + text + "'", false);
    };
  }

  /**
   * An ISO-8601 duration such as {@code PT30M}, or minutes/hours written {@code 30m}/{@code 2h}.
   */
  Duration duration(String parameter) {
    String text = text(parameter);
    if (text == null) {
      return Duration.ZERO;
    }
    String t = text.toLowerCase(Locale.ROOT);
    try {
      if (t.matches("\\d+m")) {
        return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
      }
      if (t.matches("\\d+h")) {
        return Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
      }
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      return bad(parameter, "is not a duration (PT30M, 30m or 2h): '" + text + "'", Duration.ZERO);
    }
  }

  /** Symbols or names separated by {@code ;}; empty means none. */
  Set<String> list(String parameter) {
    String text = text(parameter);
    if (text == null || text.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(text.split(";"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  private String text(String parameter) {
    LimitTable.Cell cell = table.cell(parameter, column);
    if (cell == null) {
      messages.add(
          RuleMessage.error(
              table.file(), 0, "parameter '" + parameter + "' is missing (column " + column + ")"));
      return null;
    }
    return cell.text();
  }

  private <T> T bad(String parameter, String problem, T placeholder) {
    messages.add(
        RuleMessage.error(
            table.file(),
            table.line(parameter),
            parameter + " (column " + column + ") " + problem));
    return placeholder;
  }
}
