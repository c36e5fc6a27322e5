package id.nusatrade.billing.catalog;

import id.nusatrade.domain.billing.Entitlements;
import id.nusatrade.domain.tenant.Tier;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One version of the catalog, in force from {@code effectiveFrom} until the next version. */
public record CatalogVersion(
    int version, Instant effectiveFrom, Map<Tier, Entitlements> entitlements, List<Plan> plans) {
  public CatalogVersion {
    if (version <= 0) {
      throw new IllegalArgumentException("catalog version must be > 0: " + version);
    }
    for (Tier tier : Tier.values()) {
      if (!entitlements.containsKey(tier)) {
        throw new IllegalArgumentException(
            "catalog version " + version + " has no entitlements for tier " + tier);
      }
    }
    Map<PlanId, Plan> byId = new LinkedHashMap<>();
    for (Plan plan : plans) {
      if (byId.put(plan.id(), plan) != null) {
        throw new IllegalArgumentException(
            "catalog version " + version + " lists plan " + plan.id() + " twice");
      }
    }
    entitlements = new EnumMap<>(entitlements);
    plans = List.copyOf(plans);
  }

  public Optional<Plan> plan(PlanId id) {
    return plans.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public Entitlements entitlementsOf(Tier tier) {
    return entitlements.get(tier);
  }

  /** The monthly plan of a tier (the free plan for Free). */
  public Optional<Plan> monthlyPlanOf(Tier tier) {
    return plans.stream()
        .filter(p -> p.tier() == tier && p.period() == BillingPeriod.MONTHLY)
        .findFirst();
  }
}
