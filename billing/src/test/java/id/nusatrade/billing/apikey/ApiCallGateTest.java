package id.nusatrade.billing.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.billing.support.InMemoryBillingStore;
import id.nusatrade.billing.usage.UsageService;
import id.nusatrade.domain.billing.UsageMetric;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.Tier;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ApiCallGateTest {
  private static final TenantId FREE = TenantId.of("22222222-2222-2222-2222-222222222222");
  private static final TenantId PRO = TenantId.of("11111111-1111-1111-1111-111111111111");
  private static final Instant NOW = Instant.parse("2026-06-10T03:00:00Z");

  private final InMemoryBillingStore store = new InMemoryBillingStore();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final AtomicLong nanos = new AtomicLong();
  private final ApiCallGate gate =
      new ApiCallGate(Catalog.standard(), store, new ApiRateLimiter(nanos::get), clock);
  private final UsageService usage = new UsageService(Catalog.standard(), store, clock);

  ApiCallGateTest() {
    store.tiers.put(FREE, Tier.FREE);
    store.tiers.put(PRO, Tier.PRO);
  }

  private long apiCalls(TenantId tenant) {
    return usage.report(tenant).lines().stream()
        .filter(l -> l.metric() == UsageMetric.API_CALLS)
        .findFirst()
        .orElseThrow()
        .used();
  }

  @Test
  void theLimitIsTheTiersFromTheCatalog() {
    // catalog.json: Free 10 / minute, Pro 100 / minute
    assertThat(gate.admit(new ApiCallGate.ApiCall(FREE, "u:b", Optional.empty(), "r1")).limit())
        .isEqualTo(10);
    assertThat(gate.admit(new ApiCallGate.ApiCall(PRO, "u:a", Optional.empty(), "r2")).limit())
        .isEqualTo(100);
  }

  @Test
  void admittedCallsAreCountedOncePerRequestIdAndRefusedOnesNotAtAll() {
    for (int i = 0; i < 9; i++) {
      assertThat(gate.admit(new ApiCallGate.ApiCall(FREE, "u:b", Optional.empty(), "r" + i)))
          .extracting(RateDecision::admitted)
          .isEqualTo(true);
    }
    // a retry of r0: admitted (a permit is spent) but not counted again
    assertThat(gate.admit(new ApiCallGate.ApiCall(FREE, "u:b", Optional.empty(), "r0")).admitted())
        .isTrue();
    RateDecision refused =
        gate.admit(new ApiCallGate.ApiCall(FREE, "u:b", Optional.empty(), "r-late"));

    assertThat(refused.admitted()).isFalse();
    assertThat(refused.retryAfterSeconds()).isEqualTo(60);
    assertThat(apiCalls(FREE)).isEqualTo(9);
  }

  @Test
  void anAdmittedKeyCallMarksTheKeyUsed() {
    ApiKeyService keys = new ApiKeyService(store, new SecureRandom(), clock);
    String id = keys.create(PRO, "trader-a", Set.of(Role.TRADER), "bot").key().id();

    gate.admit(new ApiCallGate.ApiCall(PRO, "key:" + id, Optional.of(id), "r1"));

    assertThat(keys.list(PRO, "trader-a").getFirst().lastUsedAt()).contains(NOW);
  }
}
