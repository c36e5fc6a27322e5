package id.nusatrade.ui.platform;

import id.nusatrade.compliance.audit.PostgresAuditTrail;
import id.nusatrade.messaging.jms.ArtemisConnections;
import id.nusatrade.platform.config.PlatformSetting;
import id.nusatrade.rules.bus.RuleSetChanges;
import id.nusatrade.rules.calendar.TradingCalendar;
import id.nusatrade.rules.lifecycle.RuleSetChanged;
import id.nusatrade.rules.lifecycle.RuleSetLifecycle;
import id.nusatrade.rules.store.JdbcRuleSetStore;
import id.nusatrade.ui.rules.RuleEditing;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * Wires the rule editor to the rules module's lifecycle on the same PostgreSQL store and audit
 * trail as the REST API ({@code NUSATRADE_RULES_FOUR_EYES} as there). A publish, approval or
 * rollback made here is announced on the bus ({@code nusatrade.rules}), so the REST application's
 * and the trading engine's running rules follow at once; this UI follows the others' the same way
 * (and catches up from the store whenever the editor reads).
 */
@ApplicationScoped
public class RuleEditingProducer {
  @Resource(lookup = "jdbc/nusatrade")
  private DataSource app;

  /** Only the audit chain's verification reads through the owner's pool. */
  @Resource(lookup = "jdbc/nusatradeOwner")
  private DataSource owner;

  @Inject private Clock clock;

  private RuleSetChanges changes;

  @Produces
  @Singleton
  RuleEditing ruleEditing() {
    RuleSetLifecycle lifecycle =
        new RuleSetLifecycle(
            new JdbcRuleSetStore(app),
            TradingCalendar.load(),
            clock,
            new PostgresAuditTrail(app, owner),
            Boolean.parseBoolean(PlatformSetting.RULES_FOUR_EYES.fromEnvironment()));
    lifecycle.start();
    changes =
        new RuleSetChanges(
            ArtemisConnections.factory(
                PlatformSetting.ARTEMIS_URL.fromEnvironment(),
                PlatformSetting.ARTEMIS_USER.fromEnvironment(),
                PlatformSetting.ARTEMIS_PASSWORD.fromEnvironment()),
            change -> lifecycle.follow(change.area()));
    changes.start();
    return new RuleEditing(
        lifecycle, v -> changes.announce(new RuleSetChanged(v.area(), v.version())));
  }

  @PreDestroy
  void stop() {
    if (changes != null) {
      changes.close();
    }
  }
}
