package id.nusatrade.domain.market;

import java.time.Duration;

/** Bar timeframes the platform aggregates. */
public enum Timeframe {
  M1(Duration.ofMinutes(1)),
  M5(Duration.ofMinutes(5)),
  M15(Duration.ofMinutes(15)),
  H1(Duration.ofHours(1)),
  H4(Duration.ofHours(4)),
  D1(Duration.ofDays(1));

  private final long millis;

  Timeframe(Duration length) {
    this.millis = length.toMillis();
  }

  public long millis() {
    return millis;
  }

  /** Start of the bar (UTC-aligned) that contains {@code epochMillis}. */
  public long openTimeOf(long epochMillis) {
    return Math.floorDiv(epochMillis, millis) * millis;
  }
}
