package id.nusatrade.billing.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.billing.Entitlements;
import id.nusatrade.domain.money.Idr;
import id.nusatrade.domain.tenant.Tier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CatalogTest {
  private static final Instant JUNE_2026 = Instant.parse("2026-06-01T00:00:00Z");

  @Test
  void bundledCatalogHoldsTheSeedsTiers() {
    Catalog catalog = Catalog.standard();

    // the product seeds: Free 100/month, Pro 2,000/month with confidence, Enterprise unlimited
    assertThat(catalog.entitlementsOf(Tier.FREE, JUNE_2026))
        .isEqualTo(new Entitlements(100, false, false, false, false, 10, 1));
    assertThat(catalog.entitlementsOf(Tier.PRO, JUNE_2026))
        .isEqualTo(new Entitlements(2000, true, true, false, false, 100, 3));
    Entitlements enterprise = catalog.entitlementsOf(Tier.ENTERPRISE, JUNE_2026);
    assertThat(enterprise.predictionQuota()).isEmpty();
    assertThat(enterprise.customModels()).isTrue();
    // concurrent backtests: Free 1, Pro 3, Enterprise 10 (issue 9)
    assertThat(enterprise.concurrentBacktests()).isEqualTo(10);
    assertThat(catalog.monthlyPriceOf(Tier.PRO, JUNE_2026)).isEqualTo(Idr.of(299_000));
    assertThat(catalog.monthlyPriceOf(Tier.FREE, JUNE_2026)).isEqualTo(Idr.ZERO);
    CatalogVersion v1 = catalog.versionAt(JUNE_2026);
    assertThat(v1.plans())
        .extracting(p -> p.id().value())
        .containsExactly(
            "free", "pro-monthly", "pro-yearly", "enterprise-monthly", "enterprise-yearly");
    assertThat(v1.plan(new PlanId("pro-yearly")).orElseThrow().price())
        .isEqualTo(Idr.of(2_990_000));
    assertThat(v1.plan(new PlanId("pro-monthly")).orElseThrow().trialDays()).isEqualTo(14);
  }

  @Test
  void theVersionInForceIsTheLastOneThatHasStarted() throws IOException {
    Catalog catalog = read("two-versions.json");

    assertThat(catalog.versionAt(Instant.parse("2026-12-31T16:59:59Z")).version()).isEqualTo(1);
    // 2027-01-01T00:00+07:00 is 2026-12-31T17:00Z
    assertThat(catalog.versionAt(Instant.parse("2026-12-31T17:00:00Z")).version()).isEqualTo(2);
    assertThat(catalog.monthlyPriceOf(Tier.PRO, Instant.parse("2027-02-01T00:00:00Z")))
        .isEqualTo(Idr.of(349_000));
    assertThat(catalog.version(1).plan(new PlanId("pro-monthly")).orElseThrow().price())
        .isEqualTo(Idr.of(299_000));
    assertThatThrownBy(() -> catalog.versionAt(Instant.parse("2025-01-01T00:00:00Z")))
        .hasMessageContaining("no catalog version is in force");
  }

  @Test
  void aBrokenFileNamesWhereTheMistakeIs() {
    String missingTier =
        """
        {"versions":[{"version":1,"effectiveFrom":"2026-01-01T00:00:00+07:00",
          "tiers":{"free":{"predictionsPerMonth":100,"confidenceScores":false,
            "automatedTrading":false,"customModels":false,"prioritySupport":false,
            "apiRequestsPerMinute":10,"concurrentBacktests":1}},
          "plans":[{"id":"free","tier":"free","period":"monthly","priceRupiah":0}]}]}
        """;
    assertThatThrownBy(() -> parse(missingTier))
        .hasMessageContaining("no entitlements for tier PRO");

    String badPrice = missingTier.replace("\"priceRupiah\":0", "\"priceRupiah\":\"lots\"");
    assertThatThrownBy(() -> parse(badPrice))
        .hasMessageContaining("versions[0].plans[0]")
        .hasMessageContaining("priceRupiah");
  }

  private static Catalog read(String name) throws IOException {
    try (InputStream in = CatalogTest.class.getResourceAsStream(name)) {
      return CatalogFile.read(in);
    }
  }

  private static Catalog parse(String json) throws IOException {
    return CatalogFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }
}
