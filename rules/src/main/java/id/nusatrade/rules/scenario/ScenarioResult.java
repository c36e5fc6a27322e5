package id.nusatrade.rules.scenario;

import id.nusatrade.rules.model.Decision;
import java.util.HashSet;

/** A scenario and what the rule set decided; passed when outcome and reason codes match. */
public record ScenarioResult(Scenario scenario, Decision decision) {
  /** The outcome matches and the reason codes are the same set. */
  public boolean passed() {
    return decision.outcome() == scenario.expectedOutcome()
        && new HashSet<>(decision.reasonCodes()).equals(new HashSet<>(scenario.expectedReasons()));
  }

  /** {@code PASS name} or {@code FAIL name (line N): expected ..., got ...}. */
  public String describe() {
    if (passed()) {
      return "PASS " + scenario.name();
    }
    return "FAIL "
        + scenario.name()
        + " (line "
        + scenario.line()
        + "): expected "
        + scenario.expectedOutcome()
        + " "
        + scenario.expectedReasons()
        + ", got "
        + decision.outcome()
        + " "
        + decision.reasonCodes();
  }
}
