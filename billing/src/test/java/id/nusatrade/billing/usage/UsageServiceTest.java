package id.nusatrade.billing.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.billing.support.InMemoryBillingStore;
import id.nusatrade.domain.billing.QuotaExceededException;
import id.nusatrade.domain.billing.UsageEvent;
import id.nusatrade.domain.billing.UsageMetric;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.Tier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class UsageServiceTest {
  private static final TenantId TENANT = TenantId.of("22222222-2222-2222-2222-222222222222");
  // 2026-06-30 23:30 WIB: the last half hour of June in Jakarta
  private static final Instant LATE_JUNE_WIB = Instant.parse("2026-06-30T16:30:00Z");

  private final InMemoryBillingStore store = new InMemoryBillingStore();
  private final UsageService usage =
      new UsageService(Catalog.standard(), store, Clock.fixed(LATE_JUNE_WIB, ZoneOffset.UTC));

  private static UsageEvent prediction(String id) {
    return new UsageEvent(id, TENANT, UsageMetric.PREDICTIONS, LATE_JUNE_WIB, 1);
  }

  @Test
  void anEventIdCountsOnce() {
    assertThat(usage.record(prediction("p-1"))).isTrue();
    assertThat(usage.record(prediction("p-1"))).isFalse();
    assertThat(usage.report(TENANT).lines().getFirst().used()).isEqualTo(1);
  }

  @Test
  void theFreeQuotaAdmitsOneHundredAndNamesTheResetTime() {
    for (int i = 0; i < 100; i++) {
      usage.admit(prediction("p-" + i));
    }
    // a retry of an admitted event is fine and not counted again
    usage.admit(prediction("p-99"));

    assertThatThrownBy(() -> usage.admit(prediction("p-100")))
        .isInstanceOf(QuotaExceededException.class)
        .hasMessageContaining("predictions of 100 per month")
        // the month ends at 1 July 00:00 WIB = 30 June 17:00 UTC
        .hasMessageContaining("2026-06-30T17:00:00Z");
    UsageReport report = usage.report(TENANT);
    assertThat(report.periodStart()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(report.lines().getFirst().used()).isEqualTo(100);
    assertThat(report.lines().getFirst().quota()).hasValue(100);
  }

  @Test
  void enterpriseIsUnlimited() {
    store.tiers.put(TENANT, Tier.ENTERPRISE);
    for (int i = 0; i < 3000; i++) {
      usage.admit(prediction("p-" + i));
    }
    assertThat(usage.report(TENANT).lines().getFirst().quota()).isEmpty();
  }
}
