package id.nusatrade.rules.engine;

import id.nusatrade.rules.model.Decision;
import id.nusatrade.rules.model.Outcome;
import id.nusatrade.rules.model.Reason;
import id.nusatrade.rules.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;

/**
 * One immutable, compiled version of a rule set: the KieBase (built once), its limits by column and
 * the version number. Evaluation is stateless: each call takes a session from the pool, runs the
 * facts to completion and returns it; nothing is kept between calls.
 */
public final class CompiledRuleSet {
  private final RuleSource source;
  private final long version;
  private final KieBase kieBase;
  private final KieSessionsPool pool;
  private final Map<String, Object> limits;

  CompiledRuleSet(RuleSource source, long version, KieBase kieBase, Map<String, Object> limits) {
    this(
        source,
        version,
        kieBase,
        kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors()),
        limits);
  }

  private CompiledRuleSet(
      RuleSource source,
      long version,
      KieBase kieBase,
      KieSessionsPool pool,
      Map<String, Object> limits) {
    this.source = source;
    this.version = version;
    this.kieBase = kieBase;
    this.pool = pool;
    this.limits = Map.copyOf(limits);
  }

  /** The same compiled rules stamped with the version number the store gave them. */
  public CompiledRuleSet withVersion(long newVersion) {
    return new CompiledRuleSet(source, newVersion, kieBase, pool, limits);
  }

  public long version() {
    return version;
  }

  public RuleArea area() {
    return source.area();
  }

  public RuleSource source() {
    return source;
  }

  /** Names of the rules in this version, for listings and tests. */
  public List<String> ruleNames() {
    List<String> names = new ArrayList<>();
    kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> names.add(r.getName())));
    return names;
  }

  /**
   * Judges one request. Fails closed: a missing limits column or a rule that throws gives REJECT
   * with the reason, never ALLOW.
   */
  public Decision evaluate(RuleInput input) {
    if (input.area() != source.area()) {
      throw new IllegalArgumentException(
          input.area().id() + " input given to the " + source.area().id() + " rule set");
    }
    Object limit = limits.get(input.limitsKey());
    if (limit == null) {
      return failed("NO_LIMITS", "no column '" + input.limitsKey() + "' in " + source.limitsFile());
    }
    List<Object> facts = new ArrayList<>(10);
    input.addFacts(facts);
    facts.add(input.limitsFact(limit));
    Verdict verdict = new Verdict();
    StatelessKieSession session = pool.newStatelessKieSession();
    session.setGlobal("verdict", verdict);
    try {
      session.execute(facts);
    } catch (RuntimeException e) {
      return failed("RULE_FAILURE", String.valueOf(e.getMessage()));
    }
    return verdict.decision(version);
  }

  private Decision failed(String code, String message) {
    return new Decision(
        Outcome.REJECT, List.of(new Reason(code, message)), version, Optional.empty());
  }
}
