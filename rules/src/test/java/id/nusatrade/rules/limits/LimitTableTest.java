package id.nusatrade.rules.limits;

import static org.assertj.core.api.Assertions.assertThat;

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

  /** The tier table holds only what the catalog does not: strategies, symbols, per-user models. */
  @Test
  void theTierTableHoldsNoEntitlementOfTheCatalog() {
    List<RuleMessage> messages = new ArrayList<>();
    Map<String, Object> limits =
        LimitsReader.tier()
            .read("tier-limits.csv", RuleSource.defaults(RuleArea.TIER).limits(), messages);
    assertThat(messages).isEmpty();
    assertThat(limits.get("FREE")).isEqualTo(new TierColumn("FREE", 1, 3, java.util.Set.of()));
    assertThat(limits.get("ENTERPRISE"))
        .isEqualTo(
            new TierColumn(
                "ENTERPRISE",
                TierLimits.UNLIMITED,
                TierLimits.UNLIMITED,
                java.util.Set.of("perUserModels")));
    assertThat(RuleSource.defaults(RuleArea.TIER).limits())
        .doesNotContain("predictionsPerMonth", "apiRequestsPerMinute", "confidenceScores");
  }

  @Test
  void everyProblemNamesItsLine() {
    String csv =
        """
        # comment
        parameter,FREE,PRO,description
        maxStrategies,1,many,strategies
        feature.perUserModels,false,true,models
        feature.perUserModels,false,true,again
        maxStrategies,1,10
        colour,red,blue,unknown
        """;
    List<RuleMessage> messages = new ArrayList<>();
    Map<String, Object> limits = LimitsReader.tier().read("t.csv", csv, messages);
    assertThat(limits).isEmpty();
    assertThat(messages.stream().map(RuleMessage::toString))
        .contains(
            "t.csv:3: error: maxStrategies (column PRO) is not a whole number: 'many'",
            "t.csv:5: error: parameter 'feature.perUserModels' repeated (first on line 4)",
            "t.csv:6: error: expected 4 cells (parameter, FREE, PRO, description), found 3")
        .anyMatch(m -> m.startsWith("t.csv:7: error: unknown parameter 'colour'"))
        .anyMatch(m -> m.contains("parameter 'maxSymbols' is missing (column FREE)"));
  }
}
