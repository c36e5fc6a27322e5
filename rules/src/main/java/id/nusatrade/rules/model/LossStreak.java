package id.nusatrade.rules.model;

import java.time.Duration;
import java.time.Instant;

/**
 * The account's run of losing trades: how many in a row, and when the last one closed (null when
 * there is none).
 */
public record LossStreak(int consecutiveLosses, Instant lastLossAt) {
  public static final LossStreak NONE = new LossStreak(0, null);

  /** True when the last loss closed less than {@code window} before {@code at}. */
  public boolean lastLossWithin(Duration window, Instant at) {
    return lastLossAt != null && at.isBefore(lastLossAt.plus(window)) && !at.isBefore(lastLossAt);
  }
}
