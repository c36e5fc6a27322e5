package id.nusatrade.rules.model;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One account's realized P&L of the current trading day, on an injected clock: the day is the date
 * in the market's zone, and a new day starts from zero. {@link #today} adds the open positions'
 * unrealized P&L. Single writer (the account's order thread).
 */
public final class DailyPnlTracker {
  private final Clock clock;
  private final ZoneId zone;
  private LocalDate day;
  private BigDecimal realized = BigDecimal.ZERO;

  public DailyPnlTracker(Clock clock, ZoneId marketZone) {
    this.clock = clock;
    this.zone = marketZone;
    this.day = clock.instant().atZone(marketZone).toLocalDate();
  }

  /** A trade closed now with this profit (negative: a loss). */
  public void closed(BigDecimal pnl) {
    roll();
    realized = realized.add(pnl);
  }

  /** The day's P&L so far, with {@code unrealized} from the open positions. */
  public DailyPnl today(BigDecimal unrealized) {
    roll();
    return DailyPnl.of(day, realized, unrealized);
  }

  private void roll() {
    LocalDate now = clock.instant().atZone(zone).toLocalDate();
    if (!now.equals(day)) {
      day = now;
      realized = BigDecimal.ZERO;
    }
  }
}
