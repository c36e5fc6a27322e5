package id.nusatrade.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.rules.model.Market;
import id.nusatrade.rules.model.SessionStatus;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TradingCalendarTest {
  private static final TradingCalendar CALENDAR = TradingCalendar.load();

  @ParameterizedTest(name = "{0} {1} is {2}")
  @CsvSource({
    "IDX, 2026-12-02T08:59:59+07:00, OUTSIDE_HOURS", // Wednesday, before the first session
    "IDX, 2026-12-02T09:00:00+07:00, OPEN",
    "IDX, 2026-12-02T11:59:59+07:00, OPEN",
    "IDX, 2026-12-02T12:00:00+07:00, OUTSIDE_HOURS", // lunch break
    "IDX, 2026-12-02T13:30:00+07:00, OPEN",
    "IDX, 2026-12-02T15:49:59+07:00, OPEN",
    "IDX, 2026-12-02T15:50:00+07:00, OUTSIDE_HOURS", // pre-closing auction
    "IDX, 2026-12-04T11:30:00+07:00, OUTSIDE_HOURS", // Friday morning session ends 11:30
    "IDX, 2026-12-04T14:00:00+07:00, OPEN",
    "IDX, 2026-12-05T10:00:00+07:00, OUTSIDE_HOURS", // Saturday
    "IDX, 2026-08-17T10:00:00+07:00, HOLIDAY", // Independence Day (a Monday)
    "IDX, 2026-12-25T10:00:00+07:00, HOLIDAY",
    "IDX, 2026-08-17T02:00:00+00:00, HOLIDAY", // 09:00 WIB: the date is the market's own
    "FX, 2026-12-04T16:59:59-05:00, OPEN", // Friday in New York
    "FX, 2026-12-04T17:00:00-05:00, OUTSIDE_HOURS",
    "FX, 2026-12-05T12:00:00-05:00, OUTSIDE_HOURS", // Saturday
    "FX, 2026-12-06T16:59:59-05:00, OUTSIDE_HOURS", // Sunday before the open
    "FX, 2026-12-06T17:00:00-05:00, OPEN",
    "FX, 2026-12-25T10:00:00-05:00, HOLIDAY",
  })
  void sessionStatusAt(Market market, String at, SessionStatus expected) {
    assertThat(CALENDAR.session(market, OffsetDateTime.parse(at).toInstant()).status())
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "after {1} the {0} market next opens at {2}")
  @CsvSource({
    "IDX, 2026-12-02T10:00:00+07:00, 2026-12-02T10:00:00+07:00", // open now
    "IDX, 2026-12-02T12:10:00+07:00, 2026-12-02T13:30:00+07:00", // lunch break
    "IDX, 2026-12-02T16:00:00+07:00, 2026-12-03T09:00:00+07:00", // after the close
    "IDX, 2026-12-04T16:00:00+07:00, 2026-12-07T09:00:00+07:00", // Friday -> Monday
    "IDX, 2026-08-14T16:00:00+07:00, 2026-08-18T09:00:00+07:00", // Monday 17 August is a holiday
    "FX, 2026-12-04T18:00:00-05:00, 2026-12-06T17:00:00-05:00", // Friday close -> Sunday 17:00
  })
  void nextOpen(Market market, String at, String expected) {
    assertThat(CALENDAR.nextOpen(market, OffsetDateTime.parse(at).toInstant()))
        .isEqualTo(OffsetDateTime.parse(expected).toInstant());
  }
}
