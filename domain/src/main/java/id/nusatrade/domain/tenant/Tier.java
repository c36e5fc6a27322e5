package id.nusatrade.domain.tenant;

import id.nusatrade.domain.money.Idr;
import java.util.OptionalLong;

/**
 * Subscription tiers from the product seeds: Free (100 predictions a month), Pro (2,000 a month,
 * confidence scores), Enterprise (unlimited, custom models, priority).
 */
public enum Tier {
  FREE(100, false, false, Idr.of(0), 10),
  PRO(2_000, true, false, Idr.of(299_000), 100),
  ENTERPRISE(-1, true, true, Idr.of(2_999_000), 1_000);

  private final long monthlyPredictions;
  private final boolean confidenceScores;
  private final boolean customModels;
  private final Idr monthlyPrice;
  private final int apiRequestsPerMinute;

  Tier(
      long monthlyPredictions,
      boolean confidenceScores,
      boolean customModels,
      Idr monthlyPrice,
      int apiRequestsPerMinute) {
    this.monthlyPredictions = monthlyPredictions;
    this.confidenceScores = confidenceScores;
    this.customModels = customModels;
    this.monthlyPrice = monthlyPrice;
    this.apiRequestsPerMinute = apiRequestsPerMinute;
  }

  /** Predictions included per month; empty means unlimited. */
  public OptionalLong monthlyPredictions() {
    return monthlyPredictions < 0 ? OptionalLong.empty() : OptionalLong.of(monthlyPredictions);
  }

  public boolean confidenceScores() {
    return confidenceScores;
  }

  public boolean customModels() {
    return customModels;
  }

  public Idr monthlyPrice() {
    return monthlyPrice;
  }

  public int apiRequestsPerMinute() {
    return apiRequestsPerMinute;
  }
}
