package id.nusatrade.domain.market;

import java.time.Instant;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * D1 and H4 bars from stored ticks, aligned to the instrument's {@link TradingSession} as the live
 * bar builder aligns them: a store buckets ticks on UTC-aligned boundaries only, so it is asked for
 * finer bars ({@link #step}) whose every boundary is also a session boundary, and those are folded
 * here into session bars (first open, highest high, lowest low, last close, summed tick volume).
 */
public final class SessionBars {
  /** Zone transitions examined before giving up on hour steps (a century of DST changes). */
  private static final int MAX_TRANSITIONS = 200;

  private SessionBars() {}

  /**
   * The finest-needed UTC-aligned timeframe whose bars nest inside the session's {@code tf} bars
   * over {@code [from, to)}: H1 when the session starts on the hour and the zone's offset is a
   * whole number of hours throughout, otherwise M1 (sessions start on a minute).
   */
  public static Timeframe step(TradingSession session, long from, long to) {
    if (session.dayStart().getMinute() != 0 || session.dayStart().getSecond() != 0) {
      return Timeframe.M1;
    }
    ZoneRules rules = session.zone().getRules();
    Instant at = Instant.ofEpochMilli(from);
    if (rules.getOffset(at).getTotalSeconds() % 3600 != 0) {
      return Timeframe.M1;
    }
    for (int i = 0; i < MAX_TRANSITIONS; i++) {
      ZoneOffsetTransition next = rules.nextTransition(at);
      if (next == null || next.toEpochSecond() * 1000 >= to) {
        return Timeframe.H1;
      }
      if (next.getOffsetAfter().getTotalSeconds() % 3600 != 0) {
        return Timeframe.M1;
      }
      at = next.getInstant();
    }
    return Timeframe.M1;
  }

  /**
   * Folds {@code fine} bars (oldest first, each inside one session bar) into bars of {@code tf}
   * opening where {@code session} opens them.
   */
  public static List<Bar> fold(List<Bar> fine, Timeframe tf, TradingSession session) {
    List<Bar> result = new ArrayList<>();
    Bar current = null;
    for (Bar bar : fine) {
      long open = session.openTimeOf(tf, bar.openTimeMillis());
      if (current != null && current.openTimeMillis() == open) {
        current =
            new Bar(
                current.feed(),
                tf,
                open,
                current.open(),
                Math.max(current.high(), bar.high()),
                Math.min(current.low(), bar.low()),
                bar.close(),
                current.tickVolume() + bar.tickVolume());
      } else {
        if (current != null) {
          result.add(current);
        }
        current =
            new Bar(
                bar.feed(),
                tf,
                open,
                bar.open(),
                bar.high(),
                bar.low(),
                bar.close(),
                bar.tickVolume());
      }
    }
    if (current != null) {
      result.add(current);
    }
    return result;
  }
}
