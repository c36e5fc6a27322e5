package id.nusatrade.server.api;

import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.rules.engine.RuleMessage;
import id.nusatrade.rules.model.Decision;
import id.nusatrade.rules.model.Reason;
import id.nusatrade.rules.scenario.ScenarioResult;
import id.nusatrade.rules.store.Draft;
import id.nusatrade.rules.store.PendingApproval;
import id.nusatrade.rules.store.StoredVersion;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of {@code /rule-sets}. */
final class RuleSetViews {
  private RuleSetViews() {}

  /** A request body for a new draft: the DRL ({@code source}), optionally a new limit table. */
  public static final class DraftRequest {
    public String source;
    public String limits;
    public String comment;
  }

  /** A dry-run order intent ({@code accountId} optional). */
  public static final class EvaluateRequest {
    public String symbol;
    public String side;
    public java.math.BigDecimal quantity;
    public java.math.BigDecimal price;
    public String accountId;

    /** The account's net loss so far today, a positive amount; none when absent. */
    public java.math.BigDecimal dailyLoss;
  }

  public record AreaJson(
      String area,
      long liveVersion,
      String author,
      Instant publishedAt,
      String comment,
      boolean fourEyes) {
    static AreaJson of(StoredVersion v, boolean fourEyes) {
      return new AreaJson(
          v.area().id(), v.version(), v.author(), v.createdAt(), v.comment(), fourEyes);
    }
  }

  public record VersionJson(
      String area, long version, String author, Instant createdAt, String comment) {
    static VersionJson of(StoredVersion v) {
      return new VersionJson(v.area().id(), v.version(), v.author(), v.createdAt(), v.comment());
    }
  }

  public record DraftJson(
      long id, String area, long baseVersion, String author, Instant createdAt, String comment) {
    static DraftJson of(Draft d) {
      return new DraftJson(
          d.id(), d.area().id(), d.baseVersion(), d.author(), d.createdAt(), d.comment());
    }
  }

  public record ScenarioJson(String name, int line, boolean passed, String result) {
    static ScenarioJson of(ScenarioResult r) {
      return new ScenarioJson(r.scenario().name(), r.scenario().line(), r.passed(), r.describe());
    }
  }

  public record TestJson(long draftId, boolean passed, List<ScenarioJson> scenarios) {
    static TestJson of(long draftId, List<ScenarioResult> results) {
      List<ScenarioJson> rows = results.stream().map(ScenarioJson::of).toList();
      return new TestJson(draftId, rows.stream().allMatch(ScenarioJson::passed), rows);
    }
  }

  /** {@code status} PUBLISHED (with {@code version}) or AWAITING_APPROVAL (with who asked). */
  public record PublishJson(
      String status, String area, long draftId, Long version, String requestedBy) {
    static PublishJson published(RuleArea area, long draftId, StoredVersion v) {
      return new PublishJson("PUBLISHED", area.id(), draftId, v.version(), v.author());
    }

    static PublishJson awaiting(RuleArea area, PendingApproval p) {
      return new PublishJson("AWAITING_APPROVAL", area.id(), p.draftId(), null, p.requestedBy());
    }
  }

  public record ReasonJson(String code, String message) {}

  public record DecisionJson(String outcome, List<ReasonJson> reasons, long version) {
    static DecisionJson of(Decision d) {
      List<ReasonJson> reasons = d.reasons().stream().map(RuleSetViews::reason).toList();
      return new DecisionJson(d.outcome().name(), reasons, d.version());
    }
  }

  private static ReasonJson reason(Reason r) {
    return new ReasonJson(r.code(), r.message());
  }

  /** One compiler or policy finding: file, 1-based line (0: none), severity, text. */
  public record MessageJson(String file, int line, String severity, String message) {
    static MessageJson of(RuleMessage m) {
      return new MessageJson(m.file(), m.line(), m.severity().name(), m.text());
    }
  }

  /** A refused draft or publish: a problem document with the findings and failing scenarios. */
  public record RefusedJson(
      String type,
      String title,
      int status,
      String detail,
      List<MessageJson> errors,
      List<String> problems) {}
}
