package id.nusatrade.rules.scenario;

import id.nusatrade.rules.engine.CompiledRuleSet;
import java.util.List;

/** Runs every scenario of a file against one compiled rule set. */
public final class ScenarioRunner {
  private ScenarioRunner() {}

  public static List<ScenarioResult> run(CompiledRuleSet ruleSet, ScenarioFile file) {
    if (file.area() != ruleSet.area()) {
      throw new IllegalArgumentException(
          "scenarios for area "
              + file.area().id()
              + " cannot test the "
              + ruleSet.area().id()
              + " rules");
    }
    return file.scenarios().stream()
        .map(s -> new ScenarioResult(s, ruleSet.evaluate(s.input())))
        .toList();
  }
}
