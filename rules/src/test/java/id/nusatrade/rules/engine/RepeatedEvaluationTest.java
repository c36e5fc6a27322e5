package id.nusatrade.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.rules.calendar.TradingCalendar;
import id.nusatrade.rules.model.AccountMode;
import id.nusatrade.rules.model.Decision;
import id.nusatrade.rules.model.Market;
import id.nusatrade.rules.model.Outcome;
import id.nusatrade.rules.model.TradingState;
import id.nusatrade.rules.model.Verdict;
import id.nusatrade.rules.scenario.RiskFacts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The six-hundredth evaluation must decide as a first one would. Each rule set (the default risk
 * rules, alone or with a rule of a kind that could keep state between evaluations) is evaluated on
 * a long mixed sequence of intents through {@link CompiledRuleSet} (warm reused sessions, or a new
 * one each for rules on the initial fact), well past the point where MVEL compiles constraints to
 * bytecode (20 evaluations), and every decision is compared with the one a new stateless session
 * (the reference: plain Drools, no pooling) makes for the same facts. Drools' own session pool
 * failed the activation-group case (evaluation 33 fired a second rule of the group).
 */
class RepeatedEvaluationTest {
  private static final TradingCalendar CALENDAR = TradingCalendar.load();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          the default rules alone | | true
          a rule with no conditions | rule "every order is noted" when then verdict.requireApproval("NOTED", "noted"); end | false
          a rule that starts with not | rule "a manual order" when not OrderIntent(automated == true) then verdict.requireApproval("MANUAL", "manual"); end | false
          a not after a fact | rule "a manual order" when Account() not OrderIntent(automated == true) then verdict.requireApproval("MANUAL", "manual"); end | true
          an accumulate that counts nothing | rule "no automation" when RiskLimits() accumulate(OrderIntent(automated == true); $n : count(1); $n == 0) then verdict.requireApproval("NONE_AUTO", "none"); end | true
          an activation group | rule "big" activation-group "size" salience 10 when OrderIntent(notional > 100000000) then verdict.requireApproval("BIG", "big"); end rule "any" activation-group "size" when OrderIntent() then verdict.requireApproval("ANY", "any"); end | true
          """)
  void everyEvaluationDecidesAsAFreshSession(String name, String extraRule, boolean reuses) {
    RuleSource source = RuleSource.defaults(RuleArea.RISK);
    if (extraRule != null) {
      source = source.withDrl("risk.drl", source.drl() + "\n" + extraRule + "\n");
    }
    RuleSetCompiler.Compilation c = RuleSetCompiler.compile(source, 1);
    assertThat(c.errors()).isEmpty();
    CompiledRuleSet rules = c.ruleSet();
    assertThat(rules.reusesSessions()).isEqualTo(reuses);
    KieBase reference = DrlCompiler.compile(source.drlFile(), source.drl()).kieBase();

    Random random = new Random(7);
    int rejected = 0;
    Set<List<String>> distinct = new HashSet<>();
    for (int i = 0; i < 600; i++) {
      RiskInput input = randomIntent(random);
      Decision decision = rules.evaluate(input);
      assertThat(decision)
          .as("evaluation %d of %s", i, input)
          .isEqualTo(fresh(reference, input, rules.limitsFor(input)));
      if (decision.outcome() == Outcome.REJECT) {
        rejected++;
      }
      distinct.add(decision.reasonCodes());
    }
    // the sequence mixes outcomes and reasons, so an engine stuck on one answer cannot pass
    assertThat(rejected).isBetween(100, 500);
    assertThat(distinct).hasSizeGreaterThan(10);
  }

  @Test
  void aConstraintThatBreaksOnceCompiledRejectsInsteadOfThrowing() {
    // The cool-down rule as first written: after 20 evaluations MVEL turns the constraint into
    // bytecode calling Temporal.compareTo, which does not exist (NoSuchMethodError).
    String drl =
        RuleSource.resource("reference/risk-over-parts.drl")
            .replace(
                "  $o : OrderIntent()\n"
                    + "  LossStreak(consecutiveLosses >= $l.cooldownAfterLosses,"
                    + " lastLossWithin($l.cooldown, $o.at))",
                "  $s : LossStreak(consecutiveLosses >= $l.cooldownAfterLosses, lastLossAt != null)\n"
                    + "  OrderIntent(at >= $s.lastLossAt, at < $s.lastLossAt.plus($l.cooldown))");
    assertThat(drl).contains("$s.lastLossAt.plus");
    LiveRules live =
        LiveRules.start(RuleSource.defaults(RuleArea.RISK).withDrl("risk.drl", drl), 1);
    RiskFacts f = new RiskFacts();
    f.consecutiveLosses = 3;
    f.lastLossAt = f.at.minus(Duration.ofMinutes(10));
    RiskInput coolingDown = f.build(CALENDAR);

    // Drools compiles the constraint on a background thread once it has been evaluated 20 times:
    // evaluate until the compiled (broken) constraint is in use, every answer a REJECT
    List<String> codes = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (codes.size() < 100 || !codes.contains("RULE_FAILURE") && System.nanoTime() < deadline) {
      Decision d = live.evaluate(coolingDown);
      assertThat(d.outcome()).isEqualTo(Outcome.REJECT);
      codes.add(d.reasonCodes().getFirst());
      Thread.yield();
    }
    assertThat(codes.getFirst()).isEqualTo("COOL_DOWN");
    assertThat(codes).contains("RULE_FAILURE");
    // the shipped rule has no such failure
    LiveRules shipped = LiveRules.withDefaults(RuleArea.RISK);
    for (int i = 0; i < 100; i++) {
      assertThat(shipped.evaluate(coolingDown).reasonCodes()).containsExactly("COOL_DOWN");
    }
  }

  /** Plain Drools: a new stateless session for one evaluation. */
  private static Decision fresh(KieBase kieBase, RiskInput input, Object limits) {
    List<Object> facts = new ArrayList<>();
    input.addFacts(facts, limits);
    Verdict verdict = new Verdict();
    StatelessKieSession session = kieBase.newStatelessKieSession();
    session.setGlobal("verdict", verdict);
    session.execute(facts);
    return verdict.decision(1);
  }

  static RiskInput randomIntent(Random r) {
    RiskFacts f = new RiskFacts();
    f.tradingState = pick(r, TradingState.values(), 0.7);
    f.mode = r.nextDouble() < 0.7 ? AccountMode.LIVE : AccountMode.PAPER;
    f.liveTradesSoFar = r.nextDouble() < 0.85 ? 10 : 0;
    f.automated = r.nextBoolean();
    f.stopLoss = r.nextDouble() < 0.8 ? new BigDecimal("8500") : null;
    f.quantity = new BigDecimal(new String[] {"1000", "30000", "60000"}[r.nextInt(3)]);
    f.position = r.nextDouble() < 0.8 ? BigDecimal.ZERO : new BigDecimal("900000000");
    f.totalExposure = r.nextDouble() < 0.8 ? BigDecimal.ZERO : new BigDecimal("4900000000");
    f.realizedToday = r.nextDouble() < 0.85 ? BigDecimal.ZERO : new BigDecimal("-60000000");
    f.ordersLastSecond = r.nextDouble() < 0.85 ? 0 : 5;
    if (r.nextDouble() < 0.15) {
      f.consecutiveLosses = 3;
      f.lastLossAt = f.at.minus(Duration.ofMinutes(10));
    }
    if (r.nextDouble() < 0.15) {
      f.symbol = "USDTRY";
      f.market = Market.FX;
      f.price = new BigDecimal("34");
    }
    if (r.nextDouble() < 0.1) {
      f.at = Instant.parse("2026-12-05T03:00:00Z"); // a Saturday
    }
    return f.build(CALENDAR);
  }

  private static <T> T pick(Random r, T[] values, double firstShare) {
    return r.nextDouble() < firstShare ? values[0] : values[1 + r.nextInt(values.length - 1)];
  }
}
