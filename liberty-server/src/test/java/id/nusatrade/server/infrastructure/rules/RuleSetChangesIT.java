package id.nusatrade.server.infrastructure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.audit.AuditEvent;
import id.nusatrade.domain.audit.AuditRecord;
import id.nusatrade.domain.audit.AuditTrail;
import id.nusatrade.domain.audit.ChainVerification;
import id.nusatrade.domain.billing.Entitlements;
import id.nusatrade.launcher.component.EmbeddedArtemis;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import id.nusatrade.messaging.jms.ArtemisConnections;
import id.nusatrade.rules.bus.RuleSetChanges;
import id.nusatrade.rules.calendar.TradingCalendar;
import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.rules.engine.RuleSource;
import id.nusatrade.rules.engine.TierInput;
import id.nusatrade.rules.lifecycle.RuleSetChanged;
import id.nusatrade.rules.lifecycle.RuleSetLifecycle;
import id.nusatrade.rules.model.Outcome;
import id.nusatrade.rules.model.RequestKind;
import id.nusatrade.rules.model.TierRequest;
import id.nusatrade.rules.model.TierUsage;
import id.nusatrade.rules.store.Draft;
import id.nusatrade.rules.store.JdbcRuleSetStore;
import id.nusatrade.rules.store.StoredVersion;
import id.nusatrade.server.persistence.MigratedDatabase;
import jakarta.jms.ConnectionFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two "processes" (two lifecycles, each with its own running rules and its own bus subscription) on
 * one PostgreSQL migrated by the server's real migrations (V60) and one Artemis: a publish in the
 * first reaches the second's running rules through the bus, with no restart.
 */
class RuleSetChangesIT {
  /** A Free subscriber with one strategy adds a second (the shipped table allows one). */
  private static final TierInput FREE_SECOND_STRATEGY =
      new TierInput(
          "FREE",
          new TierRequest(RequestKind.ADD_STRATEGY, ""),
          new TierUsage(0, 0, 1, 0),
          new Entitlements(100, false, false, false, false, 10));

  @TempDir Path state;

  @Test
  void aPublishInOneProcessSwapsTheRunningRulesOfAnother() throws Exception {
    LauncherConfig config =
        LauncherConfig.defaults().with(Setting.STATE_DIR, state).withFreePorts();
    EmbeddedArtemis artemis = new EmbeddedArtemis(config);
    artemis.start();
    try (MigratedDatabase db = new MigratedDatabase()) {
      ConnectionFactory bus =
          ArtemisConnections.factory(
              artemis.url(),
              config.get(Setting.ARTEMIS_USER),
              config.get(Setting.ARTEMIS_PASSWORD));
      RuleSetLifecycle first = lifecycle(db);
      RuleSetLifecycle second = lifecycle(db);
      try (RuleSetChanges firstBus = new RuleSetChanges(bus, c -> first.follow(c.area()));
          RuleSetChanges secondBus = new RuleSetChanges(bus, c -> second.follow(c.area()))) {
        assertThat(firstBus.start()).isTrue();
        assertThat(secondBus.start()).isTrue();
        assertThat(second.rules(RuleArea.TIER).evaluate(FREE_SECOND_STRATEGY).outcome())
            .isEqualTo(Outcome.REJECT);

        // Free gets 2 strategies; the saved scenarios expect 1, so none are kept
        new JdbcRuleSetStore(db.as(MigratedDatabase.APP))
            .saveScenarios(RuleArea.TIER, "area: tier\nscenarios: []\n", "staff-a", Instant.now());
        RuleSource tier = RuleSource.defaults(RuleArea.TIER);
        String limits = tier.limits().replace("maxStrategies,1,", "maxStrategies,2,");
        Draft draft =
            first.createDraft(RuleArea.TIER, tier.drl(), limits, "staff-a", "2 strategies");
        StoredVersion v2 = first.publish(RuleArea.TIER, draft.id(), 1, "staff-a");
        assertThat(firstBus.announce(new RuleSetChanged(RuleArea.TIER, v2.version()))).isTrue();

        awaitVersion(second, v2.version());
        assertThat(second.rules(RuleArea.TIER).evaluate(FREE_SECOND_STRATEGY).outcome())
            .isEqualTo(Outcome.ALLOW);
      }
    } finally {
      artemis.stop();
    }
  }

  private static RuleSetLifecycle lifecycle(MigratedDatabase db) {
    RuleSetLifecycle l =
        new RuleSetLifecycle(
            new JdbcRuleSetStore(db.as(MigratedDatabase.APP)),
            TradingCalendar.load(),
            Clock.systemUTC(),
            new NoAudit(),
            false);
    l.start();
    return l;
  }

  private static void awaitVersion(RuleSetLifecycle lifecycle, long version) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (lifecycle.rules(RuleArea.TIER).current().version() != version) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "the second process still runs version "
                + lifecycle.rules(RuleArea.TIER).current().version());
      }
      LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
    }
  }

  /** The audit trail is not what this test is about (RuleLifecycleIT and BillingApiIT check it). */
  private static final class NoAudit implements AuditTrail {
    @Override
    public AuditRecord append(AuditEvent event) {
      return new AuditRecord(0, event, "", "");
    }

    @Override
    public ChainVerification verify() {
      throw new UnsupportedOperationException();
    }
  }
}
