package id.nusatrade.ui.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.nusatrade.ui.security.AccessPolicy;
import id.nusatrade.ui.security.SignedInUser;
import id.nusatrade.ui.views.backtest.BacktestView;
import id.nusatrade.ui.views.billing.PlanView;
import id.nusatrade.ui.views.chart.ChartView;
import id.nusatrade.ui.views.dashboard.DashboardView;
import id.nusatrade.ui.views.history.ProcessHistoryView;
import id.nusatrade.ui.views.review.ReviewQueueView;
import id.nusatrade.ui.views.rules.RulesView;
import id.nusatrade.ui.views.signals.ModelsView;
import id.nusatrade.ui.views.signals.SignalsView;
import id.nusatrade.ui.views.tenant.TenantProfileView;
import id.nusatrade.ui.views.trading.TradingView;
import java.util.List;

/** The side navigation's entries, in menu order, and which of them a user may see. */
public final class Navigation {
  /** One menu entry: the view it opens, the translation key of its label, its icon. */
  public record Entry(Class<? extends Component> view, String labelKey, VaadinIcon icon) {}

  public static final List<Entry> ALL =
      List.of(
          new Entry(DashboardView.class, "nav.dashboard", VaadinIcon.DASHBOARD),
          new Entry(ChartView.class, "nav.chart", VaadinIcon.CHART),
          new Entry(TenantProfileView.class, "nav.tenant", VaadinIcon.BUILDING),
          new Entry(ReviewQueueView.class, "nav.review", VaadinIcon.TASKS),
          new Entry(RulesView.class, "nav.rules", VaadinIcon.SLIDERS),
          new Entry(BacktestView.class, "nav.backtests", VaadinIcon.TRENDING_UP),
          new Entry(PlanView.class, "nav.plan", VaadinIcon.INVOICE),
          new Entry(TradingView.class, "nav.trading", VaadinIcon.MONEY_EXCHANGE),
          new Entry(SignalsView.class, "nav.signals", VaadinIcon.SIGNAL),
          new Entry(ModelsView.class, "nav.models", VaadinIcon.CLUSTER),
          new Entry(ProcessHistoryView.class, "nav.history", VaadinIcon.SITEMAP));

  private Navigation() {}

  /** The entries whose view the user may open (same policy the route guard enforces). */
  public static List<Entry> visibleTo(SignedInUser user) {
    return ALL.stream().filter(e -> AccessPolicy.mayOpen(user, e.view())).toList();
  }
}
