package id.nusatrade.ui.support;

import com.vaadin.flow.component.UI;
import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.billing.invoice.Invoices;
import id.nusatrade.billing.invoice.TaxRate;
import id.nusatrade.billing.subscription.SubscriptionService;
import id.nusatrade.billing.support.FakeGateway;
import id.nusatrade.billing.support.InMemoryBillingStore;
import id.nusatrade.billing.usage.UsageService;
import id.nusatrade.compliance.review.InMemoryReviewTasks;
import id.nusatrade.compliance.review.ReviewQueue;
import id.nusatrade.domain.billing.EntitlementCatalog;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.rules.calendar.TradingCalendar;
import id.nusatrade.rules.lifecycle.RuleSetLifecycle;
import id.nusatrade.rules.store.StoredVersion;
import id.nusatrade.ui.billing.PlanBilling;
import id.nusatrade.ui.market.LiveCharts;
import id.nusatrade.ui.market.LiveMarket;
import id.nusatrade.ui.rules.RuleEditing;
import id.nusatrade.ui.security.CurrentUser;
import id.nusatrade.ui.security.SignedInUser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/**
 * Logs a demo user into a browserless UI; the clock is fixed at 2026-11-21 10:05 UTC. The live
 * chart reads an in-memory tick store and a {@link LiveMarket} the test publishes to; its pushes
 * wait in a {@link ManualUpdateTimer} until the test runs them.
 */
public abstract class UiTestBase {
  protected static final Instant NOW = Instant.parse("2026-11-21T10:05:00Z");
  protected final InMemoryTickStore tickStore = new InMemoryTickStore();
  protected final LiveMarket liveMarket = new LiveMarket();
  protected final ManualUpdateTimer pushTimer = new ManualUpdateTimer();

  /** The rule store behind the rule editor, and every live version the editor announced. */
  protected final InMemoryRuleSetStore ruleStore = new InMemoryRuleSetStore();

  protected final List<StoredVersion> announced = new ArrayList<>();

  /** The rule lifecycle's clock (a test of trading hours may move it to a weekday). */
  protected Clock rulesClock = Clock.fixed(NOW, ZoneOffset.UTC);

  /** Whether a rule publish needs a second business-staff user (set before the first signIn). */
  protected boolean fourEyes;

  protected final RecordingAuditTrail audit = new RecordingAuditTrail();

  /** Built when a view first needs it (compiling the rules costs time), then kept for the test. */
  private final Lazy<RuleEditing> ruleEditing =
      new Lazy<>(
          () -> {
            RuleSetLifecycle lifecycle =
                new RuleSetLifecycle(
                    ruleStore, TradingCalendar.load(), rulesClock, audit, fourEyes);
            lifecycle.start();
            return new RuleEditing(lifecycle, announced::add);
          });

  /** Billing's store and gateway behind the plan page. */
  protected final InMemoryBillingStore billingStore = new InMemoryBillingStore();

  protected final FakeGateway gateway = new FakeGateway();

  /** The plan page's billing, built at sign-in on {@link #billingStore} and {@link #gateway}. */
  protected PlanBilling planBilling;

  /** The review queue's tasks, and each completion the queue sent to the workflow engine. */
  protected final InMemoryReviewTasks reviewTasks = new InMemoryReviewTasks();

  protected final List<String> completedTasks = new ArrayList<>();

  protected void signIn(SignedInUser user) {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    Catalog catalog = Catalog.standard();
    planBilling =
        new PlanBilling(
            catalog,
            new SubscriptionService(catalog, billingStore, gateway, TaxRate.percent("11"), clock),
            new UsageService(catalog, billingStore, clock),
            new Invoices(billingStore),
            DemoData.repository(),
            clock);
    LiveCharts charts = new LiveCharts(tickStore, liveMarket, () -> true, pushTimer, clock);
    BrowserlessUi.start(
        Map.of(
            CurrentUser.class,
            new FixedCurrentUser(user),
            TenantRepository.class,
            DemoData.repository(),
            Clock.class,
            clock,
            LiveCharts.class,
            charts,
            EntitlementCatalog.class,
            Catalog.standard(),
            RuleEditing.class,
            ruleEditing,
            PlanBilling.class,
            planBilling,
            ReviewQueue.class,
            new ReviewQueue(
                reviewTasks,
                (key, variables) ->
                    completedTasks.add(key + " " + new java.util.TreeMap<>(variables)),
                audit,
                clock)));
  }

  protected static void navigate(String location) {
    UI.getCurrent().navigate(location);
  }

  @AfterEach
  void stopUi() {
    BrowserlessUi.stop();
  }
}
