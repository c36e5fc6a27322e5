package id.nusatrade.rules.lifecycle;

import id.nusatrade.domain.audit.AuditTrail;
import id.nusatrade.rules.calendar.TradingCalendar;
import id.nusatrade.rules.engine.CompiledRuleSet;
import id.nusatrade.rules.engine.LiveRules;
import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.rules.engine.RuleSetCompiler;
import id.nusatrade.rules.engine.RuleSource;
import id.nusatrade.rules.model.Decision;
import id.nusatrade.rules.scenario.ScenarioFile;
import id.nusatrade.rules.scenario.ScenarioResult;
import id.nusatrade.rules.scenario.ScenarioRunner;
import id.nusatrade.rules.store.Draft;
import id.nusatrade.rules.store.PendingApproval;
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
 * version 1 by {@code system}. With four-eyes on, a publish request only records the request; a
 * second business-staff user's approval publishes. Every change goes to the audit trail.
 */
public final class RuleSetLifecycle {
  static final String SYSTEM = "system";

  private final RuleSetStore store;
  private final TradingCalendar calendar;
  private final Clock clock;
  private final RuleAudit audit;
  private final boolean fourEyes;
  private final Map<RuleArea, LiveRules> live = new EnumMap<>(RuleArea.class);

  /**
   * @param fourEyes whether a publish needs a second business-staff user's approval
   */
  public RuleSetLifecycle(
      RuleSetStore store,
      TradingCalendar calendar,
      Clock clock,
      AuditTrail auditTrail,
      boolean fourEyes) {
    this.store = store;
    this.calendar = calendar;
    this.clock = clock;
    this.audit = new RuleAudit(auditTrail, clock);
    this.fourEyes = fourEyes;
  }

  public boolean fourEyes() {
    return fourEyes;
  }

  /** Loads the live version of every area from the store (publishing the defaults if none). */
  public synchronized void start() {
    for (RuleArea area : RuleArea.values()) {
      StoredVersion v = store.live(area).orElseGet(() -> seed(area));
      live.put(area, LiveRules.start(source(area, v.drl(), v.limits()), v.version()));
    }
  }

  /** Publishes the shipped defaults as version 1; another process that won the race is fine. */
  private StoredVersion seed(RuleArea area) {
    RuleSource d = RuleSource.defaults(area);
    Draft seed =
        store.saveDraft(area, 0, d.drl(), d.limits(), SYSTEM, clock.instant(), "shipped defaults");
    try {
      StoredVersion v = store.publish(seed, 0, SYSTEM, clock.instant());
      if (store.scenarios(area).isEmpty()) {
        store.saveScenarios(area, area.shipped(area.scenariosFile()), SYSTEM, clock.instant());
      }
      audit.record(SYSTEM, RuleAudit.PUBLISH, area, "version/1", "comment", "shipped defaults");
      return v;
    } catch (PublishConflict other) {
      return store.live(area).orElseThrow();
    }
  }

  /**
   * Makes this process run the stored live version of {@code area} if it runs another one (a
   * publish or rollback by another process). Returns whether it swapped.
   */
  public boolean follow(RuleArea area) {
    StoredVersion v = store.live(area).orElse(null);
    LiveRules rules = rules(area);
    if (v == null || v.version() == rules.current().version()) {
      return false;
    }
    return rules.publish(source(area, v.drl(), v.limits()), v.version()).stream()
        .noneMatch(m -> m.severity() == id.nusatrade.rules.engine.RuleMessage.Severity.ERROR);
  }

  /** The stored live version of {@code area}. */
  public StoredVersion liveVersion(RuleArea area) {
    return store.live(area).orElseThrow();
  }

  /** Every version of {@code area}, newest first. */
  public List<StoredVersion> versions(RuleArea area) {
    return store.versions(area);
  }

  /** The running rules of {@code area}; evaluators call {@code evaluate} on it. */
  public LiveRules rules(RuleArea area) {
    LiveRules rules = live.get(area);
    if (rules == null) {
      throw new IllegalStateException("start() has not loaded the " + area.id() + " rules");
    }
    return rules;
  }

  /** Judges {@code order} with the live risk rules now (nothing is recorded). */
  public Decision evaluate(DryRun order) {
    return rules(RuleArea.RISK).evaluate(order.input(calendar, clock));
  }

  /** Saves a draft if it passes the policy and compiles; otherwise refuses it with the lines. */
  public Draft createDraft(RuleArea area, String drl, String limits, String author, String comment)
      throws PublishRefused {
    RuleSetCompiler.Compilation c = RuleSetCompiler.compile(source(area, drl, limits), 0);
    if (!c.ok()) {
      throw PublishRefused.invalid(c.errors());
    }
    long base = rules(area).current().version();
    Draft d = store.saveDraft(area, base, drl, limits, author, clock.instant(), comment);
    audit.record(
        author, RuleAudit.DRAFT, area, "draft/" + d.id(), "baseVersion", base, "comment", comment);
    return d;
  }

  /** A saved draft of the area. */
  public Draft draft(RuleArea area, long id) throws RuleSetNotFound {
    return store
        .draft(area, id)
        .orElseThrow(() -> new RuleSetNotFound("no " + area.id() + " draft " + id));
  }

  /** The area's saved scenario file (YAML): the shipped one until business staff save their own. */
  public String scenarios(RuleArea area) {
    return store.scenarios(area).orElse(area.shipped(area.scenariosFile()));
  }

  /**
   * Replaces the area's saved scenarios (a limit change usually moves an expected outcome); refused
   * with the line when the file cannot be read, and then nothing changes.
   */
  public void saveScenarios(RuleArea area, String yaml, String author) throws PublishRefused {
    try {
      ScenarioFile file = ScenarioFile.parse(area.scenariosFile(), yaml, calendar);
      if (file.area() != area) {
        throw new PublishRefused(
            "the scenarios are for another area",
            List.of("area: " + file.area().id() + " where " + area.id() + " is expected"));
      }
    } catch (ScenarioFile.InvalidScenarioFile e) {
      throw new PublishRefused("the scenarios cannot be read", List.of(e.getMessage()));
    }
    store.saveScenarios(area, yaml, author, clock.instant());
    audit.record(author, RuleAudit.SCENARIOS, area, "scenarios");
  }

  /** The publishes of the area that wait for a second business-staff user, oldest first. */
  public List<PendingApproval> pendingApprovals(RuleArea area) {
    return store.pendingApprovals(area);
  }

  /** Runs the area's saved scenarios against the draft. */
  public List<ScenarioResult> test(RuleArea area, long draftId)
      throws PublishRefused, RuleSetNotFound {
    return run(compile(draft(area, draftId)), area);
  }

  /**
   * A business-staff user asks to publish a draft: it must compile, pass every saved scenario and
   * still be based on the live version. Without four-eyes it is published at once; with it, the
   * request waits for {@link #approve} by someone else.
   */
  public PublishResult requestPublish(RuleArea area, long draftId, String author)
      throws PublishRefused, PublishConflict, RuleSetNotFound {
    Draft draft = draft(area, draftId);
    if (!fourEyes) {
      return new PublishResult.Published(publish(area, draftId, draft.baseVersion(), author));
    }
    checked(draft);
    long live = liveVersion(area).version();
    if (live != draft.baseVersion()) {
      throw new PublishConflict(draft.baseVersion(), live);
    }
    store.requestApproval(draft, author, clock.instant());
    audit.record(author, RuleAudit.PUBLISH_REQUESTED, area, "draft/" + draftId);
    return new PublishResult.AwaitingApproval(
        draft, store.pendingApproval(area, draftId).orElseThrow());
  }

  /**
   * A second business-staff user approves a pending publish: the draft is checked again (the
   * scenarios may have changed) and published if the live version has not moved.
   */
  public StoredVersion approve(RuleArea area, long draftId, String approver)
      throws PublishRefused, PublishConflict, RuleSetNotFound, ApprovalRefused {
    Draft draft = draft(area, draftId);
    PendingApproval pending =
        store
            .pendingApproval(area, draftId)
            .orElseThrow(
                () ->
                    new RuleSetNotFound(
                        "no publish of "
                            + area.id()
                            + " draft "
                            + draftId
                            + " waits for approval"));
    if (approver.equals(pending.requestedBy()) || approver.equals(draft.author())) {
      throw new ApprovalRefused(
          "four-eyes: "
              + approver
              + " wrote or asked to publish this draft; another business-staff user must approve");
    }
    StoredVersion published = publish(area, draftId, draft.baseVersion(), approver);
    store.approved(draftId, approver, clock.instant());
    audit.record(
        approver,
        RuleAudit.APPROVE,
        area,
        "draft/" + draftId,
        "requestedBy",
        pending.requestedBy(),
        "version",
        published.version());
    return published;
  }

  /**
   * Publishes the draft if it compiles and every saved scenario passes, and if the live version is
   * still {@code expectedLive}; then swaps this process's rules to it.
   */
  public StoredVersion publish(RuleArea area, long draftId, long expectedLive, String author)
      throws PublishRefused, PublishConflict, RuleSetNotFound {
    Draft draft = draft(area, draftId);
    CompiledRuleSet compiled = checked(draft);
    StoredVersion published = store.publish(draft, expectedLive, author, clock.instant());
    rules(area).swap(compiled.withVersion(published.version()));
    audit.record(
        author,
        RuleAudit.PUBLISH,
        area,
        "version/" + published.version(),
        "draft",
        draftId,
        "previousVersion",
        expectedLive,
        "comment",
        draft.comment());
    return published;
  }

  /** Compiles the draft and runs the saved scenarios; refuses it if anything fails. */
  private CompiledRuleSet checked(Draft draft) throws PublishRefused {
    CompiledRuleSet compiled = compile(draft);
    List<String> failures =
        run(compiled, draft.area()).stream()
            .filter(r -> !r.passed())
            .map(ScenarioResult::describe)
            .toList();
    if (!failures.isEmpty()) {
      throw new PublishRefused("scenarios fail", failures);
    }
    return compiled;
  }

  /** Makes version {@code version} live again if the live version is still {@code expectedLive}. */
  public StoredVersion rollback(RuleArea area, long version, long expectedLive, String author)
      throws PublishConflict, RuleSetNotFound {
    if (store.version(area, version).isEmpty()) {
      throw new RuleSetNotFound("no " + area.id() + " version " + version);
    }
    StoredVersion target = store.rollback(area, version, expectedLive, author, clock.instant());
    rules(area).publish(source(area, target.drl(), target.limits()), target.version());
    audit.record(
        author, RuleAudit.ROLLBACK, area, "version/" + version, "previousVersion", expectedLive);
    return target;
  }

  /** Makes version {@code version} live again, from whatever version is live now. */
  public StoredVersion rollback(RuleArea area, long version, String author)
      throws PublishConflict, RuleSetNotFound {
    return rollback(area, version, liveVersion(area).version(), author);
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
    String yaml = scenarios(area);
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
