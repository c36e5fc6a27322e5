package id.nusatrade.server.infrastructure.rules;

import id.nusatrade.domain.audit.AuditTrail;
import id.nusatrade.rules.bus.RuleSetChanges;
import id.nusatrade.rules.calendar.TradingCalendar;
import id.nusatrade.rules.engine.LiveRules;
import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.rules.lifecycle.RuleSetChanged;
import id.nusatrade.rules.lifecycle.RuleSetLifecycle;
import id.nusatrade.rules.store.JdbcRuleSetStore;
import id.nusatrade.rules.store.StoredVersion;
import id.nusatrade.server.infrastructure.messaging.EventBusConnection;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Owns the server's rule lifecycle. Built on first use (after the schema migrated at start-up): the
 * live version of every area is loaded from PostgreSQL (the shipped rule sets become version 1 on
 * the first start), and this process subscribes to rule set changes on the bus so a publish made in
 * another process reaches its running rules too. The trading engine's pre-trade check evaluates
 * {@link #rules(RuleArea)}, so a publish judges the very next order.
 */
@ApplicationScoped
public class RulesRuntime {
  private static final Logger LOG = Logger.getLogger(RulesRuntime.class.getName());

  @Resource(lookup = "jdbc/nusatrade")
  DataSource app;

  @Inject Clock clock;
  @Inject AuditTrail audit;

  /**
   * {@code true} (default): a publish by a draft's author waits until a second business-staff user
   * approves it; {@code false}: the author's publish goes live at once.
   */
  @Inject
  @ConfigProperty(name = "NUSATRADE_RULES_FOUR_EYES", defaultValue = "true")
  boolean fourEyes;

  @Inject EventBusConnection bus;

  private RuleSetLifecycle lifecycle;
  private RuleSetChanges changes;
  private ScheduledExecutorService retry;

  public synchronized RuleSetLifecycle lifecycle() {
    if (lifecycle == null) {
      RuleSetLifecycle l =
          new RuleSetLifecycle(
              new JdbcRuleSetStore(app), TradingCalendar.load(), clock, audit, fourEyes);
      l.start();
      lifecycle = l;
      changes = new RuleSetChanges(bus.factory(), this::follow);
      if (!changes.start()) {
        retry =
            Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("rules-bus").factory());
        retry.scheduleWithFixedDelay(this::resubscribe, 5, 5, TimeUnit.SECONDS);
      }
      LOG.info(() -> "rules started, four-eyes " + fourEyes);
    }
    return lifecycle;
  }

  /** The running rules of {@code area}, the same object across publishes (it swaps inside). */
  public LiveRules rules(RuleArea area) {
    return lifecycle().rules(area);
  }

  /** Tells every process (this one included) that {@code version} is now live. */
  public void announce(StoredVersion version) {
    changes.announce(new RuleSetChanged(version.area(), version.version()));
  }

  private void follow(RuleSetChanged change) {
    try {
      if (lifecycle().follow(change.area())) {
        LOG.info(() -> change.area().id() + " rules now at version " + change.version());
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "rules: cannot follow " + change, e);
    }
  }

  /** Once subscribed again, catches up with any change announced while the bus was away. */
  private void resubscribe() {
    if (changes.start()) {
      for (RuleArea area : RuleArea.values()) {
        follow(new RuleSetChanged(area, 0));
      }
      retry.shutdown();
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (retry != null) {
      retry.shutdownNow();
    }
    if (changes != null) {
      changes.close();
    }
  }
}
