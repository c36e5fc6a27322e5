package id.nusatrade.ui.views.backtest;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import id.nusatrade.backtest.service.BacktestId;
import id.nusatrade.backtest.service.BacktestLimitException;
import id.nusatrade.backtest.service.BacktestQueueFullException;
import id.nusatrade.backtest.service.BacktestRun;
import id.nusatrade.backtest.service.BacktestService;
import id.nusatrade.backtest.service.BacktestStatus;
import id.nusatrade.backtest.service.InvalidBacktestException;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.ui.security.AllowedRoles;
import id.nusatrade.ui.security.CurrentUser;
import id.nusatrade.ui.security.SignedInUser;
import id.nusatrade.ui.views.MainLayout;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The trader's backtests: start one (form), watch its progress (the page polls while a run is
 * unfinished), read its metrics beside buy-and-hold, equity curve and trades, and compare the runs
 * selected in the list. The tenant is the signed-in user's; {@link BacktestService} decides.
 */
@Route(value = "backtests", layout = MainLayout.class)
@AllowedRoles(Role.TRADER)
public class BacktestView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {
  static final int POLL_MILLIS = 1_000;

  private final Optional<TenantId> tenant;
  private final String user;
  private final BacktestService backtests;
  private final H2 heading = new H2();
  final BacktestForm form;
  final Grid<BacktestRun> runs = new Grid<>();
  private final H3 compareHeading = new H3();
  final Grid<CompareRow> compare = new Grid<>();
  final RunDetails details = new RunDetails();
  private final Grid.Column<BacktestRun> createdColumn;
  private final Grid.Column<BacktestRun> strategyColumn;
  private final Grid.Column<BacktestRun> dataColumn;
  private final Grid.Column<BacktestRun> statusColumn;
  private final Grid.Column<BacktestRun> progressColumn;
  private BacktestId shown;
  private Registration polling;

  /** A selected run's headline figures, for comparing runs side by side. */
  record CompareRow(
      String run, String totalReturn, String sharpe, String maxDrawdown, String trades) {}

  @Inject
  public BacktestView(CurrentUser currentUser, BacktestService backtests) {
    this.tenant = currentUser.get().map(SignedInUser::tenantId);
    this.user = currentUser.get().map(SignedInUser::username).orElse(null);
    this.backtests = backtests;
    setId("backtests");
    form =
        new BacktestForm(
            tenant.map(backtests::symbols).orElse(List.of()),
            tenant.map(t -> backtests.models(t, user)).orElse(List.of()));
    form.addStartListener(e -> start(e.request()));
    runs.setId("backtest-runs");
    runs.setSelectionMode(Grid.SelectionMode.MULTI);
    runs.setHeight("260px");
    createdColumn = runs.addColumn(BacktestRun::createdAt);
    strategyColumn = runs.addColumn(BacktestRun::strategyName);
    dataColumn = runs.addColumn(BacktestRun::data);
    statusColumn = runs.addColumn(r -> getTranslation(statusKey(r)));
    progressColumn = runs.addColumn(r -> Math.round(r.progress() * 100) + " %");
    runs.addItemClickListener(e -> showDetails(e.getItem().id()));
    runs.addSelectionListener(e -> refreshComparison());
    compare.setId("backtest-compare");
    compare.setAllRowsVisible(true);
    compare.addColumn(CompareRow::run).setHeader("run");
    compare.addColumn(CompareRow::totalReturn).setHeader("totalReturn");
    compare.addColumn(CompareRow::sharpe).setHeader("sharpe");
    compare.addColumn(CompareRow::maxDrawdown).setHeader("maxDrawdown");
    compare.addColumn(CompareRow::trades).setHeader("trades");
    add(heading, form, runs, compareHeading, compare, details);
    refresh();
  }

  private void start(id.nusatrade.backtest.service.BacktestRequest request) {
    if (tenant.isEmpty()) {
      return;
    }
    try {
      BacktestRun run = backtests.submit(tenant.get(), user, request);
      form.showError(null);
      shown = run.id();
      refresh();
    } catch (InvalidBacktestException | BacktestLimitException | BacktestQueueFullException e) {
      form.showError(e.getMessage());
    }
  }

  /** Reads the runs again (a poll, a start): the list, the shown run, polling on or off. */
  void refresh() {
    List<BacktestRun> all = tenant.map(backtests::list).orElse(List.of());
    runs.setItems(all);
    if (shown != null) {
      showDetails(shown);
    }
    refreshComparison();
    poll(all.stream().anyMatch(r -> !r.status().finished()));
  }

  private void showDetails(BacktestId id) {
    shown = id;
    tenant
        .flatMap(t -> backtests.find(t, id))
        .ifPresent(r -> details.show(r, this::getTranslation));
  }

  private void refreshComparison() {
    List<CompareRow> rows =
        runs.getSelectedItems().stream()
            .map(r -> tenant.flatMap(t -> backtests.find(t, r.id())))
            .flatMap(Optional::stream)
            .filter(r -> r.status() == BacktestStatus.SUCCEEDED && r.report() != null)
            .map(BacktestView::compareRow)
            .toList();
    compare.setItems(rows);
    compare.setVisible(!rows.isEmpty());
    compareHeading.setVisible(!rows.isEmpty());
  }

  private static CompareRow compareRow(BacktestRun run) {
    RunReport report = RunReport.of(run.report());
    return new CompareRow(
        run.strategyName() + " · " + run.createdAt(),
        report.metric("totalReturn"),
        report.metric("sharpe"),
        report.metric("maxDrawdown"),
        report.metric("trades"));
  }

  private void poll(boolean on) {
    getUI()
        .ifPresent(
            ui -> {
              ui.setPollInterval(on ? POLL_MILLIS : -1);
              if (on && polling == null) {
                polling = ui.addPollListener(e -> refresh());
              }
            });
  }

  @Override
  protected void onAttach(AttachEvent event) {
    refresh();
  }

  @Override
  protected void onDetach(DetachEvent event) {
    event.getUI().setPollInterval(-1);
    if (polling != null) {
      polling.remove();
      polling = null;
    }
  }

  private static String statusKey(BacktestRun run) {
    return "backtest.status." + run.status().name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    heading.setText(getTranslation("nav.backtests"));
    compareHeading.setText(getTranslation("backtest.compare"));
    form.translate(this::getTranslation);
    details.translate(this::getTranslation);
    createdColumn.setHeader(getTranslation("backtest.created"));
    strategyColumn.setHeader(getTranslation("backtest.strategy"));
    dataColumn.setHeader(getTranslation("backtest.data"));
    statusColumn.setHeader(getTranslation("backtest.status"));
    progressColumn.setHeader(getTranslation("backtest.progress"));
    runs.getDataProvider().refreshAll();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.backtests") + " · Nusatrade";
  }
}
