package id.nusatrade.billing.subscription;

import id.nusatrade.billing.catalog.Plan;
import id.nusatrade.billing.catalog.PlanId;
import id.nusatrade.domain.money.Idr;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.Tier;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant's current subscription. {@code price} is locked for the period (the catalog version it
 * was bought under), so a later price change never alters it. {@code periodEnd} is empty for Free.
 * {@code scheduledPlan} is a downgrade that takes effect when the period ends.
 */
public record Subscription(
    TenantId tenant,
    PlanId plan,
    Tier tier,
    int catalogVersion,
    SubscriptionStatus status,
    Instant periodStart,
    Optional<Instant> periodEnd,
    Idr price,
    Optional<PlanId> scheduledPlan) {
  public Subscription {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(periodEnd, "periodEnd");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(scheduledPlan, "scheduledPlan");
  }

  /** A paid period of {@code plan} starting at {@code start}, at the plan's price. */
  public static Subscription paid(TenantId tenant, Plan plan, int catalogVersion, Instant start) {
    return new Subscription(
        tenant,
        plan.id(),
        plan.tier(),
        catalogVersion,
        SubscriptionStatus.ACTIVE,
        start,
        plan.isFree() ? Optional.empty() : Optional.of(plan.period().end(start)),
        plan.price(),
        Optional.empty());
  }

  public Subscription withScheduledPlan(PlanId next) {
    return new Subscription(
        tenant,
        plan,
        tier,
        catalogVersion,
        status,
        periodStart,
        periodEnd,
        price,
        Optional.of(next));
  }

  public Subscription withStatus(SubscriptionStatus next) {
    return new Subscription(
        tenant, plan, tier, catalogVersion, next, periodStart, periodEnd, price, scheduledPlan);
  }
}
