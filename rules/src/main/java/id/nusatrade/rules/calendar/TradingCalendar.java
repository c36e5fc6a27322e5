package id.nusatrade.rules.calendar;

import id.nusatrade.rules.model.Market;
import id.nusatrade.rules.model.MarketSession;
import id.nusatrade.rules.model.SessionStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Session hours and holidays per market, read from CSV data. A market is OPEN at an instant when
 * its local date (in the market's zone) is not a holiday and the local time falls in one of the
 * day's windows ({@code open} inclusive, {@code close} exclusive, {@code 24:00} = end of day).
 */
public final class TradingCalendar {
  record Window(Market market, ZoneId zone, Set<DayOfWeek> days, LocalTime open, LocalTime close) {
    boolean contains(DayOfWeek day, LocalTime time) {
      return days.contains(day) && !time.isBefore(open) && (close == null || time.isBefore(close));
    }
  }

  private final List<Window> windows;
  private final Map<Market, Map<LocalDate, String>> holidays;

  private TradingCalendar(List<Window> windows, Map<Market, Map<LocalDate, String>> holidays) {
    this.windows = List.copyOf(windows);
    this.holidays = holidays;
  }

  /** The calendars shipped with the application. */
  public static TradingCalendar load() {
    return parse(resource("sessions.csv"), resource("holidays.csv"));
  }

  /**
   * @param sessions lines {@code market,zone,days,open,close} (days such as {@code MON-THU} or
   *     {@code FRI})
   * @param holidayRows lines {@code market,date,name}
   */
  public static TradingCalendar parse(String sessions, String holidayRows) {
    List<Window> windows = new ArrayList<>();
    for (String[] row : rows(sessions, "sessions.csv", 5)) {
      windows.add(
          new Window(
              Market.valueOf(row[0]),
              ZoneId.of(row[1]),
              days(row[2]),
              LocalTime.parse(row[3]),
              row[4].equals("24:00") ? null : LocalTime.parse(row[4])));
    }
    Map<Market, Map<LocalDate, String>> holidays = new HashMap<>();
    for (String[] row : rows(holidayRows, "holidays.csv", 3)) {
      holidays
          .computeIfAbsent(Market.valueOf(row[0]), m -> new HashMap<>())
          .put(LocalDate.parse(row[1]), row[2]);
    }
    return new TradingCalendar(windows, holidays);
  }

  /** The session of {@code market} at {@code at}. */
  public MarketSession session(Market market, Instant at) {
    ZoneId zone = zone(market);
    ZonedDateTime local = at.atZone(zone);
    String holiday = holidays.getOrDefault(market, Map.of()).get(local.toLocalDate());
    if (holiday != null) {
      return new MarketSession(market, SessionStatus.HOLIDAY, holiday);
    }
    for (Window w : windows) {
      if (w.market() == market && w.contains(local.getDayOfWeek(), local.toLocalTime())) {
        return new MarketSession(market, SessionStatus.OPEN, "");
      }
    }
    return new MarketSession(market, SessionStatus.OUTSIDE_HOURS, "");
  }

  /**
   * The first instant at or after {@code at} when {@code market} is open: when a halt "until the
   * next session" ends. Looks up to 30 days ahead.
   */
  public Instant nextOpen(Market market, Instant at) {
    ZoneId zone = zone(market);
    LocalDate day = at.atZone(zone).toLocalDate();
    for (int d = 0; d <= 30; d++, day = day.plusDays(1)) {
      if (holidays.getOrDefault(market, Map.of()).containsKey(day)) {
        continue;
      }
      Instant best = null;
      for (Window w : windows) {
        if (w.market() != market || !w.days().contains(day.getDayOfWeek())) {
          continue;
        }
        Instant open = day.atTime(w.open()).atZone(zone).toInstant();
        Instant close =
            w.close() == null
                ? day.plusDays(1).atStartOfDay(zone).toInstant()
                : day.atTime(w.close()).atZone(zone).toInstant();
        Instant candidate = open.isBefore(at) ? (at.isBefore(close) ? at : null) : open;
        if (candidate != null && (best == null || candidate.isBefore(best))) {
          best = candidate;
        }
      }
      if (best != null) {
        return best;
      }
    }
    throw new IllegalStateException("no " + market + " session within 30 days of " + at);
  }

  /** The trading day of {@code at}: its date in the market's zone. */
  public LocalDate tradingDay(Market market, Instant at) {
    return at.atZone(zone(market)).toLocalDate();
  }

  private ZoneId zone(Market market) {
    return windows.stream()
        .filter(w -> w.market() == market)
        .map(Window::zone)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no sessions for market " + market));
  }

  private static Set<DayOfWeek> days(String spec) {
    String[] range = spec.split("-");
    DayOfWeek from = day(range[0]);
    DayOfWeek to = range.length > 1 ? day(range[1]) : from;
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek d = from; ; d = d.plus(1)) {
      days.add(d);
      if (d == to) {
        return days;
      }
    }
  }

  private static DayOfWeek day(String abbreviation) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().startsWith(abbreviation.strip().toUpperCase(java.util.Locale.ROOT))) {
        return d;
      }
    }
    throw new IllegalArgumentException("not a day of the week: " + abbreviation);
  }

  private static List<String[]> rows(String text, String file, int cells) {
    List<String[]> rows = new ArrayList<>();
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#") || i == firstDataLine(lines)) {
        continue;
      }
      String[] row = line.split(",", cells);
      if (row.length != cells) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected " + cells + " cells");
      }
      for (int c = 0; c < row.length; c++) {
        row[c] = row[c].strip();
      }
      rows.add(row);
    }
    return rows;
  }

  /** The header: the first line that is neither blank nor a comment. */
  private static int firstDataLine(String[] lines) {
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        return i;
      }
    }
    return -1;
  }

  private static String resource(String name) {
    String path = "id/nusatrade/rules/calendar/" + name;
    try (InputStream in = TradingCalendar.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
