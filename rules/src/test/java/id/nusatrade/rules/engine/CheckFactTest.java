package id.nusatrade.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.rules.model.Account;
import id.nusatrade.rules.model.Decision;
import id.nusatrade.rules.model.OrderIntent;
import id.nusatrade.rules.model.RequestKind;
import id.nusatrade.rules.model.RiskCheck;
import id.nusatrade.rules.model.RiskLimits;
import id.nusatrade.rules.model.TierCheck;
import id.nusatrade.rules.model.TierRequest;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The shipped rules match one check fact per request; rule sets written against the separate facts
 * keep working. The reference is the default risk rules as they were written over the eight
 * separate facts (reference/risk-over-parts.drl): on a long mixed sequence of intents both must
 * give the same decision, reasons and messages included.
 */
class CheckFactTest {
  @Test
  void theShippedRulesAndTheSameRulesOverSeparateFactsDecideAlike() {
    LiveRules shipped = LiveRules.withDefaults(RuleArea.RISK);
    LiveRules overParts = LiveRules.start(RuleSource.riskOverParts(), 1);
    Random random = new Random(11);
    int notAllowed = 0;
    for (int i = 0; i < 1500; i++) {
      RiskInput input = RepeatedEvaluationTest.randomIntent(random);
      Decision d = shipped.evaluate(input);
      assertThat(d).as("intent %d: %s", i, input).isEqualTo(overParts.evaluate(input));
      if (!d.reasons().isEmpty()) {
        notAllowed++;
      }
    }
    assertThat(notAllowed).isBetween(300, 1400); // the sequence exercises the rules
  }

  @Test
  void onlyTheFactsARuleCanMatchAreInserted() {
    MatchedTypes shippedRisk = matched(RuleSource.defaults(RuleArea.RISK));
    assertThat(shippedRisk.matches(sampleRiskCheck())).isTrue();
    assertThat(shippedRisk.matches(sampleRiskCheck().intent())).isFalse();
    assertThat(shippedRisk.matches(sampleRiskCheck().account())).isFalse();
    assertThat(shippedRisk.matches(sampleRiskCheck().limits())).isFalse();

    MatchedTypes parts = matched(RuleSource.riskOverParts());
    assertThat(parts.matches(sampleRiskCheck())).isFalse();
    assertThat(parts.matches(sampleRiskCheck().intent())).isTrue();
    assertThat(parts.matches(sampleRiskCheck().limits())).isTrue();

    MatchedTypes tier = matched(RuleSource.defaults(RuleArea.TIER));
    assertThat(tier.matches(new TierCheck(new TierRequest(RequestKind.PREDICTION, ""), null, null)))
        .isTrue();
    assertThat(tier.matches(new TierRequest(RequestKind.PREDICTION, ""))).isFalse();
  }

  private static MatchedTypes matched(RuleSource source) {
    return MatchedTypes.of(DrlCompiler.compile(source.drlFile(), source.drl()).kieBase());
  }

  private static RiskCheck sampleRiskCheck() {
    RiskInput in = RepeatedEvaluationTest.randomIntent(new Random(1));
    CompiledRuleSet rules =
        RuleSetCompiler.compile(RuleSource.defaults(RuleArea.RISK), 1).ruleSet();
    RiskLimits limits = (RiskLimits) rules.limitsFor(in);
    OrderIntent intent = in.intent();
    Account account = in.account();
    return new RiskCheck(
        intent,
        account,
        in.exposure(),
        in.dailyPnl(),
        in.orderRate(),
        in.lossStreak(),
        in.session(),
        limits);
  }
}
