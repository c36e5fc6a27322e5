package id.nusatrade.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.billing.Entitlements;
import id.nusatrade.rules.model.Decision;
import id.nusatrade.rules.model.Outcome;
import id.nusatrade.rules.model.RequestKind;
import id.nusatrade.rules.model.TierRequest;
import id.nusatrade.rules.model.TierUsage;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class LiveRulesTest {
  /** Free as the catalog ships it (catalog.json): 100 predictions, 10 API calls a minute. */
  private static final Entitlements FREE = new Entitlements(100, false, false, false, false, 10);

  private static final TierInput FREE_SECOND_STRATEGY = strategies(1);

  private static TierInput strategies(long active) {
    return new TierInput(
        "FREE",
        new TierRequest(RequestKind.ADD_STRATEGY, ""),
        new TierUsage(0, 0, active, 0),
        FREE);
  }

  @Test
  void invalidDrlLeavesTheRunningVersionUntouched() {
    LiveRules live = LiveRules.withDefaults(RuleArea.TIER);
    RuleSource broken =
        RuleSource.defaults(RuleArea.TIER)
            .withDrl(
                "tier.drl",
                "package id.nusatrade.rules.model;\nrule \"x\" when\n  TierRequest(kind ==)\nthen end\n");

    List<RuleMessage> messages = live.publish(broken, 2);

    assertThat(messages)
        .anySatisfy(m -> assertThat(m.severity()).isEqualTo(RuleMessage.Severity.ERROR));
    assertThat(messages).anySatisfy(m -> assertThat(m.line()).isEqualTo(3));
    assertThat(live.current().version()).isEqualTo(1);
    assertThat(live.evaluate(FREE_SECOND_STRATEGY).reasonCodes()).containsExactly("STRATEGY_LIMIT");
  }

  @Test
  void hostileDrlIsRefusedBeforeCompilingAndChangesNothing() {
    LiveRules live = LiveRules.withDefaults(RuleArea.TIER);
    String drl =
        RuleSource.defaults(RuleArea.TIER)
            .drl()
            .replace(
                "verdict.reject(\"SYMBOL_LIMIT\"",
                "System.exit(3); verdict.reject(\"SYMBOL_LIMIT\"");

    int line =
        drl.lines()
                .toList()
                .indexOf(
                    drl.lines().filter(l -> l.contains("System.exit")).findFirst().orElseThrow())
            + 1;

    List<RuleMessage> messages =
        live.publish(RuleSource.defaults(RuleArea.TIER).withDrl("tier.drl", drl), 2);

    assertThat(messages)
        .anySatisfy(
            m -> {
              assertThat(m.line()).isEqualTo(line);
              assertThat(m.text()).contains("'System'");
            });
    assertThat(live.current().version()).isEqualTo(1);
  }

  @Test
  void aBadLimitTableNamesTheLineAndChangesNothing() {
    LiveRules live = LiveRules.withDefaults(RuleArea.TIER);
    String limits =
        RuleSource.defaults(RuleArea.TIER)
            .limits()
            .replace("maxStrategies,1,", "maxStrategies,lots,");

    List<RuleMessage> messages =
        live.publish(RuleSource.defaults(RuleArea.TIER).withLimits("tier-limits.csv", limits), 2);

    assertThat(messages)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.line()).isEqualTo(6);
              assertThat(m.text())
                  .contains("maxStrategies (column FREE) is not a whole number: 'lots'");
            });
    assertThat(live.current().version()).isEqualTo(1);
  }

  @Test
  void aPublishedLimitJudgesTheVeryNextEvaluation() {
    LiveRules live = LiveRules.withDefaults(RuleArea.TIER);
    assertThat(live.evaluate(FREE_SECOND_STRATEGY).outcome()).isEqualTo(Outcome.REJECT);

    String limits =
        RuleSource.defaults(RuleArea.TIER).limits().replace("maxStrategies,1,", "maxStrategies,2,");
    assertThat(
            live.publish(
                RuleSource.defaults(RuleArea.TIER).withLimits("tier-limits.csv", limits), 2))
        .isEmpty();

    Decision next = live.evaluate(FREE_SECOND_STRATEGY);
    assertThat(next.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(next.version()).isEqualTo(2);
  }

  /**
   * Version n's DRL has two rules that both tag the decision with n, and its table sets the Free
   * strategy limit to n: an evaluation that mixed two versions would carry two tags or a quota from
   * another version. Several threads evaluate while versions are published.
   */
  @Test
  void everyEvaluationUsesExactlyOneVersionWhileVersionsArePublished() throws Exception {
    LiveRules live = LiveRules.start(tagged(1), 1);
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicBoolean publishing = new AtomicBoolean(true);
    CountDownLatch started = new CountDownLatch(threads);
    try {
      List<Future<Integer>> checks = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        checks.add(
            pool.submit(
                () -> {
                  started.countDown();
                  int evaluations = 0;
                  while (publishing.get() || evaluations < 100) {
                    // 3 strategies: versions allowing <= 3 reject a fourth, above 3 allow it
                    Decision d = live.evaluate(strategies(3));
                    long v = d.version();
                    List<String> codes = d.reasonCodes();
                    List<String> expected =
                        v <= 3
                            ? List.of("TAG_A_" + v, "TAG_B_" + v, "STRATEGY_LIMIT")
                            : List.of("TAG_A_" + v, "TAG_B_" + v);
                    assertThat(codes)
                        .as("version %d", v)
                        .containsExactlyInAnyOrderElementsOf(expected);
                    evaluations++;
                  }
                  return evaluations;
                }));
      }
      assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
      for (long v = 2; v <= 5; v++) {
        assertThat(live.publish(tagged(v), v)).isEmpty();
      }
      publishing.set(false);
      for (Future<Integer> f : checks) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(100);
      }
      assertThat(live.current().version()).isEqualTo(5);
    } finally {
      pool.shutdownNow();
    }
  }

  private static RuleSource tagged(long v) {
    RuleSource d = RuleSource.defaults(RuleArea.TIER);
    String drl =
        d.drl()
            + "\nrule \"tag a\" when TierRequest() then verdict.reject(\"TAG_A_"
            + v
            + "\", \"\"); end\n"
            + "rule \"tag b\" when TierUsage() then verdict.reject(\"TAG_B_"
            + v
            + "\", \"\"); end\n";
    String limits = d.limits().replace("maxStrategies,1,", "maxStrategies," + v + ",");
    return d.withDrl("tier.drl", drl).withLimits("tier-limits.csv", limits);
  }
}
