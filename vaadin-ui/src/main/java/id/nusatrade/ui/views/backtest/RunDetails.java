package id.nusatrade.ui.views.backtest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.nusatrade.backtest.service.BacktestRun;
import id.nusatrade.backtest.service.BacktestStatus;
import java.text.MessageFormat;
import java.util.function.Function;

/** One run in full: its state, metrics beside buy-and-hold, the equity curve and the trades. */
class RunDetails extends VerticalLayout {
  final H3 title = new H3();
  final Span state = new Span();
  final Span lookahead = new Span();
  final Span optimization = new Span();
  final Grid<RunReport.MetricRow> metrics = new Grid<>();
  final EquityChart equity = new EquityChart();
  final Grid<RunReport.TradeRow> trades = new Grid<>();
  private final Grid.Column<RunReport.MetricRow> metricName;
  private final Grid.Column<RunReport.MetricRow> metricStrategy;
  private final Grid.Column<RunReport.MetricRow> metricHold;

  RunDetails() {
    setPadding(false);
    setId("backtest-details");
    state.setId("backtest-state");
    lookahead.setId("backtest-lookahead-outcome");
    optimization.setId("backtest-optimization");
    metrics.setId("backtest-metrics");
    metrics.setAllRowsVisible(true);
    metricName = metrics.addColumn(RunReport.MetricRow::metric);
    metricStrategy = metrics.addColumn(RunReport.MetricRow::strategy);
    metricHold = metrics.addColumn(RunReport.MetricRow::buyAndHold);
    equity.setId("backtest-equity");
    equity.setWidthFull();
    equity.setHeight("300px");
    trades.setId("backtest-trades");
    trades.setHeight("320px");
    trades.addColumn(RunReport.TradeRow::side).setHeader("side");
    trades.addColumn(RunReport.TradeRow::entryTime).setHeader("entryTime");
    trades.addColumn(RunReport.TradeRow::entryPrice).setHeader("entryPrice");
    trades.addColumn(RunReport.TradeRow::exitTime).setHeader("exitTime");
    trades.addColumn(RunReport.TradeRow::exitPrice).setHeader("exitPrice");
    trades.addColumn(RunReport.TradeRow::quantity).setHeader("quantity");
    trades.addColumn(RunReport.TradeRow::pnl).setHeader("pnl");
    trades.addColumn(RunReport.TradeRow::exitReason).setHeader("exitReason");
    add(title, state, lookahead, optimization, metrics, equity, trades);
    setVisible(false);
  }

  void show(BacktestRun run, Function<String, String> t) {
    setVisible(true);
    title.setText(run.strategyName() + " · " + run.data());
    String status =
        t.apply("backtest.status." + run.status().name().toLowerCase(java.util.Locale.ROOT));
    state.setText(
        run.status() == BacktestStatus.FAILED
            ? status + ": " + run.error()
            : status + " · " + Math.round(run.progress() * 100) + " %");
    boolean done = run.status() == BacktestStatus.SUCCEEDED && run.report() != null;
    RunReport report = done ? RunReport.of(run.report()) : RunReport.NONE;
    showChecks(report.lookahead(), t);
    showSearch(report.optimization(), t);
    metrics.setItems(report.metrics());
    trades.setItems(report.trades());
    equity.setPoints(done ? run.equity() : "[]");
    metrics.setVisible(done);
    equity.setVisible(done);
    trades.setVisible(done);
  }

  private void showChecks(RunReport.Checks checks, Function<String, String> t) {
    lookahead.setVisible(checks != null);
    if (checks == null) {
      return;
    }
    lookahead.setText(
        checks.clean()
            ? MessageFormat.format(t.apply("backtest.lookahead.clean"), checks.cuts())
            : t.apply("backtest.lookahead.failed")
                + checks.differences().stream()
                    .limit(3)
                    .map(d -> " · " + d)
                    .reduce("", String::concat));
    lookahead.getStyle().set("color", checks.clean() ? "inherit" : "var(--lumo-error-text-color)");
  }

  private void showSearch(RunReport.Search search, Function<String, String> t) {
    optimization.setVisible(search != null);
    if (search != null) {
      optimization.setText(
          MessageFormat.format(
              t.apply("backtest.optimization"),
              search.objective(),
              search.chosen(),
              search.walkForwardMean(),
              search.heldOut()));
    }
  }

  void translate(Function<String, String> t) {
    metricName.setHeader(t.apply("backtest.metric"));
    metricStrategy.setHeader(t.apply("backtest.metric.strategy"));
    metricHold.setHeader(t.apply("backtest.metric.buyAndHold"));
  }
}
