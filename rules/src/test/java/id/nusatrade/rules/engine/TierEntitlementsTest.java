package id.nusatrade.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.billing.catalog.CatalogFile;
import id.nusatrade.domain.billing.EntitlementCatalog;
import id.nusatrade.domain.tenant.Tier;
import id.nusatrade.rules.model.Outcome;
import id.nusatrade.rules.model.RequestKind;
import id.nusatrade.rules.model.TierRequest;
import id.nusatrade.rules.model.TierUsage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The tier rules judge quotas, the API rate and features on billing's catalog, the one source of
 * tier entitlements: the same rule set gives another answer when the catalog says otherwise.
 */
class TierEntitlementsTest {
  private static final Instant AT = Instant.parse("2026-12-01T00:00:00Z");
  private static final LiveRules TIER = LiveRules.withDefaults(RuleArea.TIER);

  @Test
  void theShippedCatalogGivesFree100PredictionsAMonth() {
    // catalog.json: free predictionsPerMonth 100, so the 100th passes and the 101st does not
    assertThat(prediction(Catalog.standard(), Tier.FREE, 99)).isEqualTo(Outcome.ALLOW);
    assertThat(prediction(Catalog.standard(), Tier.FREE, 100)).isEqualTo(Outcome.REJECT);
    assertThat(prediction(Catalog.standard(), Tier.ENTERPRISE, 1_000_000_000))
        .isEqualTo(Outcome.ALLOW);
  }

  @Test
  void aCatalogGivingFree150PredictionsAllowsThe101st() throws IOException {
    Catalog changed =
        catalog(
            shipped().replaceFirst("\"predictionsPerMonth\": 100", "\"predictionsPerMonth\": 150"));

    assertThat(prediction(changed, Tier.FREE, 100)).isEqualTo(Outcome.ALLOW);
    assertThat(prediction(changed, Tier.FREE, 150)).isEqualTo(Outcome.REJECT);
  }

  @Test
  void aCatalogGivingFreeConfidenceScoresLetsFreeUseThem() throws IOException {
    TierRequest scores = new TierRequest(RequestKind.FEATURE, "confidenceScores");
    assertThat(judge(Catalog.standard(), Tier.FREE, scores, 0)).isEqualTo(Outcome.REJECT);

    Catalog changed =
        catalog(
            shipped().replaceFirst("\"confidenceScores\": false", "\"confidenceScores\": true"));

    assertThat(judge(changed, Tier.FREE, scores, 0)).isEqualTo(Outcome.ALLOW);
  }

  private static Outcome prediction(EntitlementCatalog catalog, Tier tier, long used) {
    return judge(catalog, tier, new TierRequest(RequestKind.PREDICTION, ""), used);
  }

  private static Outcome judge(
      EntitlementCatalog catalog, Tier tier, TierRequest request, long predictionsUsed) {
    return TIER.evaluate(
            TierInput.of(catalog, tier, AT, request, new TierUsage(predictionsUsed, 0, 0, 0)))
        .outcome();
  }

  private static String shipped() throws IOException {
    try (InputStream in = Catalog.class.getResourceAsStream("catalog.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Catalog catalog(String json) throws IOException {
    return CatalogFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }
}
