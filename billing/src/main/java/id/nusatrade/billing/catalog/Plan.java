package id.nusatrade.billing.catalog;

import id.nusatrade.domain.money.Idr;
import id.nusatrade.domain.tenant.Tier;
import java.util.Objects;

/**
 * Something a tenant can subscribe to: a tier, billed per period at a price in whole rupiah (before
 * PPN), optionally starting with a free trial.
 */
public record Plan(PlanId id, Tier tier, BillingPeriod period, Idr price, int trialDays) {
  public Plan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(period, "period");
    if (price.sen() < 0 || price.sen() % 100 != 0) {
      throw new IllegalArgumentException("plan " + id + ": price must be whole rupiah >= 0");
    }
    if (trialDays < 0 || trialDays > 90) {
      throw new IllegalArgumentException("plan " + id + ": trialDays must be 0..90");
    }
  }

  public boolean isFree() {
    return price.sen() == 0;
  }
}
