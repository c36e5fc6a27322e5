package id.nusatrade.billing.usage;

import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.billing.store.BillingStore;
import id.nusatrade.billing.store.BillingTransaction;
import id.nusatrade.domain.billing.QuotaExceededException;
import id.nusatrade.domain.billing.UsageEvent;
import id.nusatrade.domain.billing.UsageMeter;
import id.nusatrade.domain.billing.UsageMetric;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The {@link UsageMeter}. Counting and the quota check happen in the tenant's transaction with the
 * period's roll-up row locked, so concurrent requests are admitted one after another: never more
 * than the quota, never an event counted twice. Only predictions have a monthly quota in the
 * catalog today; API calls are limited per minute (rate limit), orders by the risk rules.
 */
public final class UsageService implements UsageMeter {
  private final Catalog catalog;
  private final BillingStore store;
  private final Clock clock;

  public UsageService(Catalog catalog, BillingStore store, Clock clock) {
    this.catalog = catalog;
    this.store = store;
    this.clock = clock;
  }

  @Override
  public boolean record(UsageEvent event) {
    UsagePeriod period = UsagePeriod.of(event.occurredAt());
    return store.inTenant(event.tenant(), tx -> tx.recordUsage(event, period.start()));
  }

  /**
   * Counts a batch of one tenant's events (what a metering consumer takes off the bus at once) in
   * one transaction; repeated ids, within the batch or from before, count nothing. Returns how many
   * counted now. Not quota-checked: for metrics counted after the fact, as {@link #record}.
   */
  public int recordAll(TenantId tenant, List<UsageEvent> events) {
    Map<LocalDate, List<UsageEvent>> byPeriod = new TreeMap<>();
    for (UsageEvent event : events) {
      if (!event.tenant().equals(tenant)) {
        throw new IllegalArgumentException(
            "usage event "
                + event.eventId()
                + " is tenant "
                + event.tenant()
                + "'s, not "
                + tenant);
      }
      byPeriod
          .computeIfAbsent(UsagePeriod.of(event.occurredAt()).start(), p -> new ArrayList<>())
          .add(event);
    }
    return store.inTenant(
        tenant,
        tx -> {
          int counted = 0;
          for (Map.Entry<LocalDate, List<UsageEvent>> period : byPeriod.entrySet()) {
            counted += tx.recordUsage(period.getValue(), period.getKey());
          }
          return counted;
        });
  }

  @Override
  public void admit(UsageEvent event) {
    UsagePeriod period = UsagePeriod.of(event.occurredAt());
    store.inTenant(
        event.tenant(),
        tx -> {
          long used = tx.usageForUpdate(event.metric(), period.start());
          if (tx.usageCounted(event.eventId())) {
            return false;
          }
          OptionalLong quota = quota(tx, event.metric());
          if (quota.isPresent() && used + event.quantity() > quota.getAsLong()) {
            throw new QuotaExceededException(event.metric(), quota.getAsLong(), period.resetsAt());
          }
          return tx.recordUsage(event, period.start());
        });
  }

  public UsageReport report(TenantId tenant) {
    UsagePeriod period = UsagePeriod.of(clock.instant());
    return store.inTenant(
        tenant,
        tx -> {
          Map<UsageMetric, Long> used = tx.usage(period.start());
          List<UsageReport.Line> lines = new ArrayList<>();
          for (UsageMetric metric : UsageMetric.values()) {
            lines.add(
                new UsageReport.Line(metric, used.getOrDefault(metric, 0L), quota(tx, metric)));
          }
          return new UsageReport(period.start(), period.resetsAt(), lines);
        });
  }

  private OptionalLong quota(BillingTransaction tx, UsageMetric metric) {
    if (metric != UsageMetric.PREDICTIONS) {
      return OptionalLong.empty();
    }
    return catalog.entitlementsOf(tx.tenantTier(), clock.instant()).predictionQuota();
  }
}
