package id.nusatrade.rules.scenario;

import id.nusatrade.rules.engine.RuleInput;
import id.nusatrade.rules.model.Outcome;
import java.util.List;

/** One named case of a scenario file: its facts, and what the rules must decide. */
public record Scenario(
    String name,
    int line,
    RuleInput input,
    Outcome expectedOutcome,
    List<String> expectedReasons) {}
