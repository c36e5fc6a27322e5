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
import org.kie.api.runtime.StatelessKieSession;

/**
 * One immutable, compiled version of a rule set: the KieBase (built once), its limits by column and
 * the version number. Evaluation is stateless: each call takes a session from the pool, runs the
 * facts to completion and leaves the session empty again; nothing is kept between calls. Sessions
 * are reused with their memories warm ({@link SessionPool}) when the rules allow it, otherwise each
 * call gets a new stateless session. Drools' own {@code KieSessionsPool} is not used: a session it
 * resets for reuse stopped honouring {@code activation-group} after some calls (a second rule of
 * the group fired as well; {@code RepeatedEvaluationTest} shows it).
 */
public final class CompiledRuleSet {
  private final RuleSource source;
  private final long version;
  private final KieBase kieBase;

  /** Warm sessions, or null when the rules match on the initial fact (then a new session each). */
  private final SessionPool pool;

  private final Map<String, Object> limits;

  /** Which of a request's facts the rules can match; only those are inserted. */
  private final MatchedTypes matched;

  CompiledRuleSet(RuleSource source, long version, KieBase kieBase, Map<String, Object> limits) {
    this(
        source,
        version,
        kieBase,
        SessionPool.canReuse(kieBase)
            ? new SessionPool(kieBase, 2 * Runtime.getRuntime().availableProcessors())
            : null,
        limits);
  }

  private CompiledRuleSet(
      RuleSource source,
      long version,
      KieBase kieBase,
      SessionPool pool,
      Map<String, Object> limits) {
    this.source = source;
    this.version = version;
    this.kieBase = kieBase;
    this.pool = pool;
    this.limits = Map.copyOf(limits);
    this.matched = MatchedTypes.of(kieBase);
  }

  /** The same compiled rules stamped with the version number the store gave them. */
  public CompiledRuleSet withVersion(long newVersion) {
    return new CompiledRuleSet(source, newVersion, kieBase, pool, limits);
  }

  /** Whether evaluations reuse warm sessions (false: a new session per evaluation). */
  boolean reusesSessions() {
    return pool != null;
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
   * with the reason, never ALLOW. A {@link LinkageError} counts as a rule that throws: MVEL
   * compiles a constraint into bytecode after some evaluations, and that bytecode can call a method
   * that does not exist (comparing instants computed in the constraint did).
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
    Verdict verdict = new Verdict();
    if (pool == null) {
      return evaluateInFreshSession(input, limit, verdict);
    }
    SessionPool.Lease lease = pool.take();
    try {
      addMatchedFacts(input, limit, lease.facts);
    } catch (RuntimeException e) {
      lease.facts.clear(); // nothing was inserted: the session is still clean
      pool.release(lease);
      throw e;
    }
    boolean reusable;
    try {
      reusable = lease.run("verdict", verdict);
    } catch (RuntimeException | LinkageError e) {
      lease.discard(suppressed -> e.addSuppressed(suppressed));
      return failed("RULE_FAILURE", String.valueOf(e.getMessage()));
    }
    if (reusable) {
      pool.release(lease);
    } else {
      lease.discard(e -> {});
    }
    return verdict.decision(version);
  }

  /** The limits fact {@code input} is judged with; null when the table has no such column. */
  Object limitsFor(RuleInput input) {
    Object limit = limits.get(input.limitsKey());
    return limit == null ? null : input.limitsFact(limit);
  }

  private Decision evaluateInFreshSession(RuleInput input, Object limit, Verdict verdict) {
    List<Object> facts = new ArrayList<>(10);
    addMatchedFacts(input, limit, facts);
    StatelessKieSession session = kieBase.newStatelessKieSession();
    session.setGlobal("verdict", verdict);
    try {
      session.execute(facts);
    } catch (RuntimeException | LinkageError e) {
      return failed("RULE_FAILURE", String.valueOf(e.getMessage()));
    }
    return verdict.decision(version);
  }

  /** The request's facts that a rule can match, in the order the request gives them. */
  private void addMatchedFacts(RuleInput input, Object limit, List<Object> facts) {
    int from = facts.size();
    input.addFacts(facts, input.limitsFact(limit));
    int kept = from;
    for (int i = from; i < facts.size(); i++) {
      Object fact = facts.get(i);
      if (matched.matches(fact)) {
        facts.set(kept++, fact);
      }
    }
    while (facts.size() > kept) {
      facts.removeLast();
    }
  }

  private Decision failed(String code, String message) {
    return new Decision(
        Outcome.REJECT, List.of(new Reason(code, message)), version, Optional.empty());
  }
}
