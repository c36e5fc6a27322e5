package id.nusatrade.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.rules.calendar.TradingCalendar;
import id.nusatrade.rules.engine.CompiledRuleSet;
import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.rules.engine.RuleSetCompiler;
import id.nusatrade.rules.engine.RuleSource;
import id.nusatrade.rules.model.TradingState;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shipped scenario files are the per-rule tables: each case's expected outcome is worked out by
 * hand from the limit tables (see the comments in the files).
 */
class DefaultScenariosTest {
  private static final TradingCalendar CALENDAR = TradingCalendar.load();

  @ParameterizedTest
  @EnumSource(RuleArea.class)
  void everyShippedScenarioPasses(RuleArea area) throws Exception {
    List<ScenarioResult> results = run(area);
    assertThat(results).isNotEmpty();
    assertThat(results.stream().filter(r -> !r.passed()).map(ScenarioResult::describe)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RuleArea.class)
  void everyRuleIsExercisedBySomeScenario(RuleArea area) throws Exception {
    CompiledRuleSet rules = compiled(area);
    Set<String> fired = new HashSet<>();
    run(area).forEach(r -> fired.addAll(r.decision().reasonCodes()));
    assertThat(fired.size() + 0).isGreaterThanOrEqualTo(rules.ruleNames().size());
  }

  @Test
  void theDailyLossScenarioMovesTheAccountToHalted() throws Exception {
    ScenarioResult loss =
        run(RuleArea.RISK).stream()
            .filter(r -> r.decision().reasonCodes().contains("MAX_DAILY_LOSS"))
            .findFirst()
            .orElseThrow();
    assertThat(loss.decision().newTradingState()).contains(TradingState.HALTED);
  }

  private static List<ScenarioResult> run(RuleArea area) throws Exception {
    ScenarioFile file =
        ScenarioFile.parse(area.scenariosFile(), area.shipped(area.scenariosFile()), CALENDAR);
    return ScenarioRunner.run(compiled(area), file);
  }

  private static CompiledRuleSet compiled(RuleArea area) {
    return RuleSetCompiler.compile(RuleSource.defaults(area), 1).ruleSet();
  }
}
