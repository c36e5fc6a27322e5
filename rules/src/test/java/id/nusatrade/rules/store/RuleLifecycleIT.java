package id.nusatrade.rules.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.audit.AuditEvent;
import id.nusatrade.domain.audit.AuditRecord;
import id.nusatrade.domain.audit.AuditTrail;
import id.nusatrade.domain.audit.ChainVerification;
import id.nusatrade.domain.billing.Entitlements;
import id.nusatrade.rules.calendar.TradingCalendar;
import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.rules.engine.RuleSource;
import id.nusatrade.rules.engine.TierInput;
import id.nusatrade.rules.lifecycle.ApprovalRefused;
import id.nusatrade.rules.lifecycle.PublishRefused;
import id.nusatrade.rules.lifecycle.PublishResult;
import id.nusatrade.rules.lifecycle.RuleSetLifecycle;
import id.nusatrade.rules.lifecycle.RuleSetNotFound;
import id.nusatrade.rules.model.Outcome;
import id.nusatrade.rules.model.RequestKind;
import id.nusatrade.rules.model.TierRequest;
import id.nusatrade.rules.model.TierUsage;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The rule lifecycle on a real PostgreSQL: the schema installed by its owner, the store used by the
 * non-owner application role, as in production.
 */
class RuleLifecycleIT {
  private static final String OWNER = "rules_owner";
  private static final String APP = "rules_app";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneOffset.UTC);

  /** A Free subscriber with one strategy adds a second (the shipped table allows one). */
  private static final TierInput FREE_SECOND_STRATEGY =
      new TierInput(
          "FREE",
          new TierRequest(RequestKind.ADD_STRATEGY, ""),
          new TierUsage(0, 0, 1, 0),
          new Entitlements(100, false, false, false, false, 10));

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private static EmbeddedPostgres postgres;
  private JdbcRuleSetStore store;
  private RuleSetLifecycle lifecycle;
  private RecordingAuditTrail audit;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
    superuser("create role " + OWNER + " login password '" + OWNER + "'");
    superuser("create role " + APP + " login password '" + APP + "'");
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @BeforeEach
  void freshSchema() throws Exception {
    String db = "rules_" + DATABASES.incrementAndGet();
    superuser("create database " + db + " owner " + OWNER);
    try (Connection c = as(OWNER, db).getConnection()) {
      RuleSetSchema.install(c, APP);
    }
    store = new JdbcRuleSetStore(as(APP, db));
    audit = new RecordingAuditTrail();
    lifecycle = new RuleSetLifecycle(store, TradingCalendar.load(), CLOCK, audit, false);
    lifecycle.start();
  }

  @Test
  void theShippedDefaultsBecomeVersionOneWithTheirScenarios() {
    assertThat(store.live(RuleArea.TIER))
        .hasValueSatisfying(
            v -> {
              assertThat(v.version()).isEqualTo(1);
              assertThat(v.author()).isEqualTo("system");
            });
    assertThat(store.scenarios(RuleArea.RISK)).isPresent();
    assertThat(lifecycle.rules(RuleArea.TIER).evaluate(FREE_SECOND_STRATEGY).outcome())
        .isEqualTo(Outcome.REJECT);
  }

  @Test
  void aPublishedDraftJudgesTheNextRequestAndRollbackRestoresTheOldLimit() throws Exception {
    store.saveScenarios(RuleArea.TIER, "area: tier\nscenarios: []\n", "staff-a", CLOCK.instant());
    Draft draft =
        lifecycle.createDraft(
            RuleArea.TIER, tierDrl(), tierLimits(2), "staff-a", "Free gets 2 strategies");

    StoredVersion v2 = lifecycle.publish(RuleArea.TIER, draft.id(), 1, "staff-a");

    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.comment()).isEqualTo("Free gets 2 strategies");
    assertThat(lifecycle.rules(RuleArea.TIER).evaluate(FREE_SECOND_STRATEGY).outcome())
        .isEqualTo(Outcome.ALLOW);

    lifecycle.rollback(RuleArea.TIER, 1, 2, "staff-a");

    assertThat(store.live(RuleArea.TIER).orElseThrow().version()).isEqualTo(1);
    assertThat(lifecycle.rules(RuleArea.TIER).evaluate(FREE_SECOND_STRATEGY).outcome())
        .isEqualTo(Outcome.REJECT);
    assertThat(store.versions(RuleArea.TIER))
        .extracting(StoredVersion::version)
        .containsExactly(2L, 1L);
  }

  @Test
  void ofTwoPublishesFromTheSameVersionOneWinsAndTheOtherConflicts() throws Exception {
    store.saveScenarios(RuleArea.TIER, "area: tier\nscenarios: []\n", "staff-a", CLOCK.instant());
    Draft a = lifecycle.createDraft(RuleArea.TIER, tierDrl(), tierLimits(2), "staff-a", "a");
    Draft b = lifecycle.createDraft(RuleArea.TIER, tierDrl(), tierLimits(3), "staff-b", "b");

    lifecycle.publish(RuleArea.TIER, a.id(), 1, "staff-a");

    assertThatThrownBy(() -> lifecycle.publish(RuleArea.TIER, b.id(), 1, "staff-b"))
        .isInstanceOf(PublishConflict.class)
        .hasMessageContaining("the live version is 2, not 1");
    assertThat(store.live(RuleArea.TIER).orElseThrow().comment()).isEqualTo("a");
  }

  @Test
  void aDraftThatFailsTheSavedScenariosIsNotPublished() throws Exception {
    Draft draft =
        lifecycle.createDraft(
            RuleArea.TIER, tierDrl(), tierLimits(2), "staff-a", "breaks a scenario");

    assertThatThrownBy(() -> lifecycle.publish(RuleArea.TIER, draft.id(), 1, "staff-a"))
        .isInstanceOf(PublishRefused.class)
        .hasMessageContaining("FAIL a second Free strategy is rejected");
    assertThat(store.live(RuleArea.TIER).orElseThrow().version()).isEqualTo(1);
    assertThat(lifecycle.rules(RuleArea.TIER).current().version()).isEqualTo(1);
  }

  @Test
  void aHostileDraftIsRefusedWithItsLineAndNotSaved() {
    String drl =
        tierDrl()
            + "\nrule \"evil\" when TierRequest() then\n  Runtime.getRuntime().exec(\"id\");\nend\n";
    int evilLine = (int) tierDrl().lines().count() + 3;

    assertThatThrownBy(
            () -> lifecycle.createDraft(RuleArea.TIER, drl, tierLimits(1), "staff-a", "evil"))
        .isInstanceOf(PublishRefused.class)
        .hasMessageContaining("tier.drl:" + evilLine + ": error: 'Runtime'");
  }

  @Test
  void aRestartedProcessLoadsTheLiveVersionFromTheStore() throws Exception {
    store.saveScenarios(RuleArea.TIER, "area: tier\nscenarios: []\n", "staff-a", CLOCK.instant());
    Draft draft = lifecycle.createDraft(RuleArea.TIER, tierDrl(), tierLimits(2), "staff-a", "x");
    lifecycle.publish(RuleArea.TIER, draft.id(), 1, "staff-a");

    RuleSetLifecycle restarted =
        new RuleSetLifecycle(store, TradingCalendar.load(), CLOCK, audit, false);
    restarted.start();

    assertThat(restarted.rules(RuleArea.TIER).current().version()).isEqualTo(2);
    assertThat(restarted.rules(RuleArea.TIER).evaluate(FREE_SECOND_STRATEGY).outcome())
        .isEqualTo(Outcome.ALLOW);
  }

  @Test
  void withFourEyesTheAuthorsPublishWaitsAndASecondPersonsApprovalMakesItLive() throws Exception {
    RuleSetLifecycle fourEyes =
        new RuleSetLifecycle(store, TradingCalendar.load(), CLOCK, audit, true);
    fourEyes.start();
    store.saveScenarios(RuleArea.TIER, "area: tier\nscenarios: []\n", "staff-a", CLOCK.instant());
    Draft draft = fourEyes.createDraft(RuleArea.TIER, tierDrl(), tierLimits(2), "staff-a", "150");

    PublishResult asked = fourEyes.requestPublish(RuleArea.TIER, draft.id(), "staff-a");

    assertThat(asked).isInstanceOf(PublishResult.AwaitingApproval.class);
    assertThat(fourEyes.pendingApprovals(RuleArea.TIER))
        .extracting(PendingApproval::draftId, PendingApproval::requestedBy)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(draft.id(), "staff-a"));
    assertThat(fourEyes.pendingApprovals(RuleArea.RISK)).isEmpty();
    assertThat(store.live(RuleArea.TIER).orElseThrow().version()).isEqualTo(1);
    assertThat(fourEyes.rules(RuleArea.TIER).evaluate(FREE_SECOND_STRATEGY).outcome())
        .isEqualTo(Outcome.REJECT);
    assertThatThrownBy(() -> fourEyes.approve(RuleArea.TIER, draft.id(), "staff-a"))
        .isInstanceOf(ApprovalRefused.class)
        .hasMessageContaining("four-eyes");

    StoredVersion v2 = fourEyes.approve(RuleArea.TIER, draft.id(), "staff-a2");

    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.author()).isEqualTo("staff-a2");
    assertThat(fourEyes.pendingApprovals(RuleArea.TIER)).isEmpty();
    assertThat(fourEyes.rules(RuleArea.TIER).evaluate(FREE_SECOND_STRATEGY).outcome())
        .isEqualTo(Outcome.ALLOW);
    assertThatThrownBy(() -> fourEyes.approve(RuleArea.TIER, draft.id(), "staff-a3"))
        .isInstanceOf(RuleSetNotFound.class);
  }

  @Test
  void everyDraftPublishApprovalAndRollbackIsInTheAuditTrail() throws Exception {
    RuleSetLifecycle fourEyes =
        new RuleSetLifecycle(store, TradingCalendar.load(), CLOCK, audit, true);
    fourEyes.start();
    store.saveScenarios(RuleArea.TIER, "area: tier\nscenarios: []\n", "staff-a", CLOCK.instant());
    Draft draft = fourEyes.createDraft(RuleArea.TIER, tierDrl(), tierLimits(2), "staff-a", "150");
    fourEyes.requestPublish(RuleArea.TIER, draft.id(), "staff-a");
    fourEyes.approve(RuleArea.TIER, draft.id(), "staff-a2");
    fourEyes.rollback(RuleArea.TIER, 1, "staff-a");
    audit.events.removeIf(e -> e.actor().equals("system")); // the seeded version 1s

    assertThat(audit.events)
        .extracting(e -> e.actor() + " " + e.action() + " " + e.subject())
        .containsExactly(
            "staff-a rules.draft.created rule-set/tier/draft/" + draft.id(),
            "staff-a rules.publish.requested rule-set/tier/draft/" + draft.id(),
            "staff-a2 rules.published rule-set/tier/version/2",
            "staff-a2 rules.publish.approved rule-set/tier/draft/" + draft.id(),
            "staff-a rules.rolled-back rule-set/tier/version/1");
    assertThat(audit.events.get(2).payload()).contains("\"comment\":\"150\"");
  }

  @Test
  void aSecondProcessFollowsAPublishMadeByTheFirst() throws Exception {
    RuleSetLifecycle other =
        new RuleSetLifecycle(store, TradingCalendar.load(), CLOCK, audit, false);
    other.start();
    store.saveScenarios(RuleArea.TIER, "area: tier\nscenarios: []\n", "staff-a", CLOCK.instant());
    Draft draft = lifecycle.createDraft(RuleArea.TIER, tierDrl(), tierLimits(2), "staff-a", "x");
    lifecycle.publish(RuleArea.TIER, draft.id(), 1, "staff-a");
    assertThat(other.rules(RuleArea.TIER).evaluate(FREE_SECOND_STRATEGY).outcome())
        .isEqualTo(Outcome.REJECT);

    assertThat(other.follow(RuleArea.TIER)).isTrue();

    assertThat(other.rules(RuleArea.TIER).current().version()).isEqualTo(2);
    assertThat(other.rules(RuleArea.TIER).evaluate(FREE_SECOND_STRATEGY).outcome())
        .isEqualTo(Outcome.ALLOW);
    assertThat(other.follow(RuleArea.TIER)).isFalse();
  }

  /** An audit trail that keeps what it is given, in order. */
  static final class RecordingAuditTrail implements AuditTrail {
    final List<AuditEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public AuditRecord append(AuditEvent event) {
      events.add(event);
      return new AuditRecord(events.size(), event, "", "");
    }

    @Override
    public ChainVerification verify() {
      throw new UnsupportedOperationException();
    }
  }

  private static String tierDrl() {
    return RuleSource.defaults(RuleArea.TIER).drl();
  }

  private static String tierLimits(int freeStrategies) {
    return RuleSource.defaults(RuleArea.TIER)
        .limits()
        .replace("maxStrategies,1,", "maxStrategies," + freeStrategies + ",");
  }

  private static DataSource as(String role, String database) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setServerNames(new String[] {"127.0.0.1"});
    source.setPortNumbers(new int[] {postgres.getPort()});
    source.setDatabaseName(database);
    source.setUser(role);
    source.setPassword(role);
    return source;
  }

  private static void superuser(String sql) throws Exception {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
