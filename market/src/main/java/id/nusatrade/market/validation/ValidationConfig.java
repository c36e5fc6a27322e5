package id.nusatrade.market.validation;

import java.time.Duration;

/**
 * Validation limits.
 *
 * @param maxTickAge reject a tick older than this against the newest tick its terminal sent before
 *     it (the gateway; {@code TickValidator.validate} judges against the clock instead); {@link
 *     Duration#ZERO} turns the check off
 * @param spikeBand reject a mid price further than this fraction from the last good mid (0.05 = 5
 *     %); 0 turns the check off
 * @param spikeReanchorAfter after this many consecutive spikes that agree with each other (within
 *     the band), accept the new level: a real gap, not a bad print
 */
public record ValidationConfig(Duration maxTickAge, double spikeBand, int spikeReanchorAfter) {
  public static ValidationConfig defaults() {
    return new ValidationConfig(Duration.ofSeconds(60), 0.05, 5);
  }

  public ValidationConfig withMaxTickAge(Duration age) {
    return new ValidationConfig(age, spikeBand, spikeReanchorAfter);
  }
}
