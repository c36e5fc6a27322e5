package id.nusatrade.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DefaultRuleSetsTest {
  @ParameterizedTest
  @EnumSource(RuleArea.class)
  void everyDefaultRuleSetPassesThePolicyAndCompilesWithNoMessages(RuleArea area) {
    RuleSetCompiler.Compilation c = RuleSetCompiler.compile(RuleSource.defaults(area), 1);
    assertThat(c.messages()).isEmpty();
    assertThat(c.ok()).isTrue();
  }
}
