package id.nusatrade.rules.lifecycle;

import id.nusatrade.rules.calendar.TradingCalendar;
import id.nusatrade.rules.engine.CompiledRuleSet;
import id.nusatrade.rules.engine.LiveRules;
import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.rules.engine.RuleSetCompiler;
import id.nusatrade.rules.engine.RuleSource;
import id.nusatrade.rules.scenario.ScenarioFile;
import id.nusatrade.rules.scenario.ScenarioResult;
import id.nusatrade.rules.scenario.ScenarioRunner;
import id.nusatrade.rules.store.Draft;
import id.nusatrade.rules.store.PublishConflict;
import id.nusatrade.rules.store.RuleSetStore;
import id.nusatrade.rules.store.StoredVersion;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Drafts, tests, publishes and rolls back rule sets, keeping the store and this process's running
 * rules in step. An area with no published version starts from the shipped defaults, published as
 * version 1 by {@code system}.
 */
public final class RuleSetLifecycle {
  static final String SYSTEM = "system";

  private final RuleSetStore store;
  private final TradingCalendar calendar;
  private final Clock clock;
  private final Map<RuleArea, LiveRules> live = new EnumMap<>(RuleArea.class);

  public RuleSetLifecycle(RuleSetStore store, TradingCalendar calendar, Clock clock) {
    this.store = store;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** Loads the live version of every area from the store (publishing the defaults if none). */
  public void start() throws PublishConflict {
    for (RuleArea area : RuleArea.values()) {
      StoredVersion v = store.live(area).orElse(null);
      if (v == null) {
        RuleSource d = RuleSource.defaults(area);
        Draft seed =
            store.saveDraft(
                area, 0, d.drl(), d.limits(), SYSTEM, clock.instant(), "shipped defaults");
        v = store.publish(seed, 0, SYSTEM, clock.instant());
        if (store.scenarios(area).isEmpty()) {
          store.saveScenarios(area, area.shipped(area.scenariosFile()), SYSTEM, clock.instant());
        }
      }
      live.put(area, LiveRules.start(source(area, v.drl(), v.limits()), v.version()));
    }
  }

  /** The running rules of {@code area}; evaluators call {@code evaluate} on it. */
  public LiveRules rules(RuleArea area) {
    LiveRules rules = live.get(area);
    if (rules == null) {
      throw new IllegalStateException("start() has not loaded the " + area.id() + " rules");
    }
    return rules;
  }

  /** Saves a draft if it passes the policy and compiles; otherwise refuses it with the lines. */
  public Draft createDraft(RuleArea area, String drl, String limits, String author, String comment)
      throws PublishRefused {
    RuleSetCompiler.Compilation c = RuleSetCompiler.compile(source(area, drl, limits), 0);
    if (!c.ok()) {
      throw PublishRefused.invalid(c.errors());
    }
    long base = rules(area).current().version();
    return store.saveDraft(area, base, drl, limits, author, clock.instant(), comment);
  }

  /** Runs the area's saved scenarios against the draft. */
  public List<ScenarioResult> test(RuleArea area, long draftId) throws PublishRefused {
    return run(compile(draft(area, draftId)), area);
  }

  /**
   * Publishes the draft if it compiles and every saved scenario passes, and if the live version is
   * still {@code expectedLive}; then swaps this process's rules to it.
   */
  public StoredVersion publish(RuleArea area, long draftId, long expectedLive, String author)
      throws PublishRefused, PublishConflict {
    Draft draft = draft(area, draftId);
    CompiledRuleSet compiled = compile(draft);
    List<String> failures =
        run(compiled, area).stream()
            .filter(r -> !r.passed())
            .map(ScenarioResult::describe)
            .toList();
    if (!failures.isEmpty()) {
      throw new PublishRefused("scenarios fail", failures);
    }
    StoredVersion published = store.publish(draft, expectedLive, author, clock.instant());
    rules(area).swap(compiled.withVersion(published.version()));
    return published;
  }

  /** Makes version {@code version} live again if the live version is still {@code expectedLive}. */
  public StoredVersion rollback(RuleArea area, long version, long expectedLive, String author)
      throws PublishConflict {
    StoredVersion target = store.rollback(area, version, expectedLive, author, clock.instant());
    rules(area).publish(source(area, target.drl(), target.limits()), target.version());
    return target;
  }

  private Draft draft(RuleArea area, long id) throws PublishRefused {
    return store
        .draft(area, id)
        .orElseThrow(
            () -> new PublishRefused("no such draft", List.of(area.id() + " draft " + id)));
  }

  private CompiledRuleSet compile(Draft draft) throws PublishRefused {
    RuleSetCompiler.Compilation c =
        RuleSetCompiler.compile(source(draft.area(), draft.drl(), draft.limits()), 0);
    if (!c.ok()) {
      throw PublishRefused.invalid(c.errors());
    }
    return c.ruleSet();
  }

  private List<ScenarioResult> run(CompiledRuleSet rules, RuleArea area) throws PublishRefused {
    String yaml = store.scenarios(area).orElse(area.shipped(area.scenariosFile()));
    try {
      return ScenarioRunner.run(rules, ScenarioFile.parse(area.scenariosFile(), yaml, calendar));
    } catch (ScenarioFile.InvalidScenarioFile e) {
      throw new PublishRefused("the saved scenarios cannot be read", List.of(e.getMessage()));
    }
  }

  private static RuleSource source(RuleArea area, String drl, String limits) {
    return new RuleSource(area, area.drlFile(), drl, area.limitsFile(), limits);
  }
}
