package id.nusatrade.rules.limits;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.tenant.Tier;
import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.rules.engine.RuleMessage;
import id.nusatrade.rules.engine.RuleSource;
import id.nusatrade.rules.model.RiskLimits;
import id.nusatrade.rules.model.TierLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LimitTableTest {
  @Test
  void readsTheShippedRiskProfiles() {
    List<RuleMessage> messages = new ArrayList<>();
    Map<String, Object> limits =
        LimitsReader.risk()
            .read("risk-limits.csv", RuleSource.defaults(RuleArea.RISK).limits(), messages);
    assertThat(messages).isEmpty();
    RiskLimits standard = (RiskLimits) limits.get("standard");
    assertThat(standard.maxDailyLoss()).isEqualByComparingTo("50000000");
    assertThat(standard.maxOrdersPerSecond()).isEqualTo(5);
    assertThat(standard.cooldown()).isEqualTo(Duration.ofMinutes(30));
    assertThat(standard.watchList()).containsExactlyInAnyOrder("USDTRY", "USDZAR");
    assertThat(((RiskLimits) limits.get("conservative")).cooldown()).isEqualTo(Duration.ofHours(1));
  }

  /** The quotas the domain's Tier enum and the subscription_tiers table also state must agree. */
  @ParameterizedTest
  @EnumSource(Tier.class)
  void theTierTableAgreesWithTheDomainTier(Tier tier) {
    List<RuleMessage> messages = new ArrayList<>();
    Map<String, Object> limits =
        LimitsReader.tier()
            .read("tier-limits.csv", RuleSource.defaults(RuleArea.TIER).limits(), messages);
    TierLimits row = (TierLimits) limits.get(tier.name());
    assertThat(row.predictionsPerMonth())
        .isEqualTo(tier.monthlyPredictions().orElse(TierLimits.UNLIMITED));
    assertThat(row.apiRequestsPerMinute()).isEqualTo(tier.apiRequestsPerMinute());
    assertThat(row.includes("confidenceScores")).isEqualTo(tier.confidenceScores());
    assertThat(row.includes("customModels")).isEqualTo(tier.customModels());
  }

  @Test
  void everyProblemNamesItsLine() {
    String csv =
        """
        # comment
        parameter,FREE,PRO,description
        predictionsPerMonth,100,many,quota
        apiRequestsPerMinute,10,unlimited,rate
        apiRequestsPerMinute,10,100,again
        maxStrategies,1,10
        colour,red,blue,unknown
        """;
    List<RuleMessage> messages = new ArrayList<>();
    Map<String, Object> limits = LimitsReader.tier().read("t.csv", csv, messages);
    assertThat(limits).isEmpty();
    assertThat(messages.stream().map(RuleMessage::toString))
        .contains(
            "t.csv:3: error: predictionsPerMonth (column PRO) is not a whole number: 'many'",
            "t.csv:5: error: parameter 'apiRequestsPerMinute' repeated (first on line 4)",
            "t.csv:6: error: expected 4 cells (parameter, FREE, PRO, description), found 3")
        .anyMatch(m -> m.startsWith("t.csv:7: error: unknown parameter 'colour'"))
        .anyMatch(m -> m.contains("parameter 'maxSymbols' is missing (column FREE)"));
  }
}
