package id.nusatrade.domain.market;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When an instrument's trading day starts, in the zone of the market it trades in: D1 bars open
 * there, H4 bars count from there, and a session VWAP restarts there. FX trades from the New York
 * close (17:00 America/New_York, so 21:00 or 22:00 UTC with daylight saving) to the next; a market
 * with a UTC-midnight day is {@link #UTC_MIDNIGHT}. Minute and hour bars stay aligned to UTC.
 */
public record TradingSession(ZoneId zone, LocalTime dayStart) {
  /** The FX convention and the platform's default: the day starts at the 17:00 New York close. */
  public static final TradingSession FX =
      new TradingSession(ZoneId.of("America/New_York"), LocalTime.of(17, 0));

  public static final TradingSession UTC_MIDNIGHT =
      new TradingSession(ZoneOffset.UTC, LocalTime.MIDNIGHT);

  private static final long H4 = Timeframe.H4.millis();

  public TradingSession {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(dayStart, "dayStart");
  }

  /** Parses {@code ZONE@HH:MM}, for example {@code America/New_York@17:00} or {@code UTC@00:00}. */
  public static TradingSession parse(String text) {
    int at = text == null ? -1 : text.indexOf('@');
    if (at <= 0) {
      throw new IllegalArgumentException(
          "trading session '" + text + "' is not ZONE@HH:MM, e.g. America/New_York@17:00");
    }
    try {
      return new TradingSession(
          ZoneId.of(text.substring(0, at).strip()),
          LocalTime.parse(text.substring(at + 1).strip()));
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException(
          "trading session '" + text + "': " + e.getMessage() + " (expected ZONE@HH:MM)", e);
    }
  }

  /** Start (epoch milliseconds) of the session day that contains {@code epochMillis}. */
  public long dayOpen(long epochMillis) {
    ZonedDateTime local = Instant.ofEpochMilli(epochMillis).atZone(zone);
    LocalDate day = local.toLocalDate();
    long open = start(day);
    if (open > epochMillis) {
      open = start(day.minusDays(1));
    } else {
      long next = start(day.plusDays(1));
      if (next <= epochMillis) {
        open = next;
      }
    }
    return open;
  }

  /** Start of the session day after the one that opened at {@code dayOpen}. */
  public long nextDayOpen(long dayOpen) {
    LocalDate day = Instant.ofEpochMilli(dayOpen).atZone(zone).toLocalDate();
    long next = start(day.plusDays(1));
    return next > dayOpen ? next : start(day.plusDays(2));
  }

  /**
   * Open time of the bar of {@code tf} that contains {@code epochMillis}: D1 at the session's day
   * start, H4 every four hours from it (the last H4 bar of a day that daylight saving shortens or
   * lengthens is shorter), everything else UTC-aligned ({@link Timeframe#openTimeOf}).
   */
  public long openTimeOf(Timeframe tf, long epochMillis) {
    return switch (tf) {
      case D1 -> dayOpen(epochMillis);
      case H4 -> h4Open(dayOpen(epochMillis), epochMillis);
      default -> tf.openTimeOf(epochMillis);
    };
  }

  /**
   * The session day's open for a time, remembering the current day's bounds so that it consults the
   * calendar (and allocates) only when a day ends: for per-bar use on the fast path. Single writer.
   */
  public java.util.function.LongUnaryOperator dayOpens() {
    long[] day = {Long.MIN_VALUE, Long.MIN_VALUE}; // open, next open
    return time -> {
      if (time >= day[1] || time < day[0]) {
        day[0] = dayOpen(time);
        day[1] = nextDayOpen(day[0]);
      }
      return day[0];
    };
  }

  /** The H4 bar open within a session day that opened at {@code dayOpen}. */
  public static long h4Open(long dayOpen, long epochMillis) {
    return dayOpen + Math.floorDiv(epochMillis - dayOpen, H4) * H4;
  }

  private long start(LocalDate day) {
    return day.atTime(dayStart).atZone(zone).toInstant().toEpochMilli();
  }

  @Override
  public String toString() {
    return zone.getId() + "@" + dayStart;
  }
}
