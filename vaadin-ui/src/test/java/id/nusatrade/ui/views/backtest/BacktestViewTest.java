package id.nusatrade.ui.views.backtest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.nusatrade.ui.support.DemoData.TENANT_A;
import static id.nusatrade.ui.support.DemoData.TENANT_B;
import static id.nusatrade.ui.support.DemoData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import id.nusatrade.backtest.service.BacktestModels;
import id.nusatrade.backtest.service.BacktestRun;
import id.nusatrade.backtest.service.BacktestService;
import id.nusatrade.backtest.service.BacktestStatus;
import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.ui.security.CurrentUser;
import id.nusatrade.ui.support.BrowserlessUi;
import id.nusatrade.ui.support.DemoData;
import id.nusatrade.ui.support.FixedCurrentUser;
import id.nusatrade.ui.support.InMemoryBacktestRuns;
import id.nusatrade.ui.support.InMemoryTickStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The backtest page without a browser, on the real backtest service (runs in memory, jobs waiting
 * until the test runs them): start from an upload, progress, metrics, equity, trades, compare, a
 * bad strategy's line, the tier limit, tenants apart.
 */
class BacktestViewTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:05:00Z"), ZoneOffset.UTC);

  /** 120 daily bars of a wave: sma(10) and sma(30) cross a few times. */
  static String csv() {
    StringBuilder out = new StringBuilder("time,open,high,low,close,volume\n");
    double previous = 100;
    for (int i = 0; i < 120; i++) {
      double close = 100 + 8 * Math.sin(i / 7.0);
      out.append(
          String.format(
              Locale.ROOT,
              "%d,%.4f,%.4f,%.4f,%.4f,100%n",
              1_704_067_200_000L + i * 86_400_000L,
              previous,
              Math.max(previous, close) + 0.5,
              Math.min(previous, close) - 0.5,
              close));
      previous = close;
    }
    return out.toString();
  }

  final InMemoryBacktestRuns store = new InMemoryBacktestRuns();
  final Deque<Runnable> jobs = new ArrayDeque<>();
  BacktestService service;

  /** trader-a may see one registry model; nobody else any. */
  static final BacktestModels.Choice MODEL =
      new BacktestModels.Choice(new java.util.UUID(4, 2), "lightgbm 2026-11-01 (live)");

  void open(String user, id.nusatrade.domain.tenant.TenantId tenant) {
    BacktestModels models =
        new BacktestModels() {
          @Override
          public List<BacktestModels.Choice> visibleTo(
              id.nusatrade.domain.tenant.TenantId t, String u) {
            return t.equals(TENANT_A) && u.equals("trader-a") ? List.of(MODEL) : List.of();
          }

          @Override
          public java.util.Optional<java.nio.file.Path> directory(
              id.nusatrade.domain.tenant.TenantId t, String u, java.util.UUID id) {
            return java.util.Optional.empty();
          }
        };
    service =
        new BacktestService(
            store,
            new id.nusatrade.backtest.service.TickStoreBars(new InMemoryTickStore()),
            DemoData.repository(),
            Catalog.standard(),
            CLOCK,
            jobs::add,
            models);
    BrowserlessUi.start(
        Map.of(
            CurrentUser.class,
            new FixedCurrentUser(signedIn(user, tenant, Role.TRADER)),
            TenantRepository.class,
            DemoData.repository(),
            Clock.class,
            CLOCK,
            BacktestService.class,
            service));
    UI.getCurrent().navigate("backtests");
  }

  BacktestView view() {
    return _get(BacktestView.class);
  }

  void startUpload(String strategy) {
    BacktestForm form = view().form;
    form.source.setValue(BacktestForm.Source.UPLOAD);
    form.useUpload("wave.csv", csv());
    form.strategy.setValue(strategy);
    _click(_get(Button.class, spec -> spec.withId("backtest-start")));
  }

  @AfterEach
  void stop() {
    BrowserlessUi.stop();
  }

  @Test
  void a_started_run_shows_progress_then_metrics_equity_and_trades() {
    open("trader-a", TENANT_A);
    startUpload(view().form.strategy.getValue()); // the API.md example, prefilled

    assertThat(GridKt._size(view().runs)).isEqualTo(1);
    BacktestRun queued = GridKt._get(view().runs, 0);
    assertThat(queued.status()).isEqualTo(BacktestStatus.QUEUED);
    assertThat(UI.getCurrent().getPollInterval()).isEqualTo(BacktestView.POLL_MILLIS);
    assertThat(view().details.state.getText()).startsWith("Mengantre"); // Bahasa Indonesia first

    jobs.removeFirst().run();
    view().refresh(); // what the next poll does

    assertThat(view().details.state.getText()).isEqualTo("Selesai · 100 %");
    assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    List<RunReport.MetricRow> metrics = GridKt._findAll(view().details.metrics);
    assertThat(metrics).extracting(RunReport.MetricRow::metric).contains("totalReturn", "sharpe");
    assertThat(GridKt._size(view().details.trades)).isGreaterThan(0);
    assertThat(view().details.equity.shown()).startsWith("[[1704067200000,");
  }

  @Test
  void a_bad_strategy_names_its_line_and_starts_nothing() {
    open("trader-a", TENANT_A);
    startUpload(
        "name: x\ntimeframe: D1\nentry:\n  long: sma(10) crosses_abov sma(30)\nsize:\n  units: 1\n");

    assertThat(view().form.error.getText()).contains("strategy, line 4");
    assertThat(GridKt._size(view().runs)).isZero();
    assertThat(jobs).isEmpty();
  }

  @Test
  void the_free_tier_runs_one_at_a_time_and_runs_stay_with_their_tenant() {
    open("trader-b", TENANT_B); // CV Contoh Borneo, Free
    startUpload(view().form.strategy.getValue());
    startUpload(view().form.strategy.getValue());

    assertThat(view().form.error.getText()).contains("at most 1 backtest at once");
    assertThat(GridKt._size(view().runs)).isEqualTo(1);
    assertThat(service.list(TENANT_A)).isEmpty();
  }

  @Test
  void selected_finished_runs_are_compared_side_by_side() {
    open("trader-a", TENANT_A);
    startUpload(view().form.strategy.getValue());
    startUpload(view().form.strategy.getValue().replace("sma(10)", "sma(5)"));
    jobs.removeFirst().run();
    jobs.removeFirst().run();
    view().refresh();

    view().runs.asMultiSelect().select(GridKt._get(view().runs, 0), GridKt._get(view().runs, 1));

    List<BacktestView.CompareRow> rows = GridKt._findAll(view().compare);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).totalReturn()).isNotEqualTo(rows.get(1).totalReturn());
  }

  @Test
  void the_page_offers_the_users_models_an_optimisation_and_the_lookahead_check() {
    open("trader-a", TENANT_A);
    BacktestForm form = view().form;
    assertThat(form.model.getListDataView().getItems()).containsExactly(MODEL);
    assertThat(form.objective.isVisible()).isFalse();
    form.model.setValue(MODEL);
    assertThat(form.request().model()).isEqualTo(MODEL.id());
    form.model.clear();

    form.optimize.setValue(true);
    assertThat(form.objective.isVisible()).isTrue();
    form.folds.setValue(2);
    form.checkLookahead.setValue(true);
    startUpload(
        """
        name: sma-search
        timeframe: D1
        parameters:
          fast: {from: 5, to: 10, step: 5}
        entry:
          long: sma(${fast}) crosses_above sma(30)
        exit:
          long: sma(${fast}) crosses_below sma(30)
        size:
          units: 1
        """);
    assertThat(form.error.getText()).isEmpty();
    jobs.removeFirst().run();
    view().refresh();

    assertThat(view().details.state.getText()).isEqualTo("Selesai · 100 %");
    assertThat(view().details.lookahead.getText())
        .isEqualTo(
            "Pemeriksaan look-ahead lulus: tidak ada keputusan atau transaksi sebelum 8 titik"
                + " potong yang berubah");
    assertThat(view().details.optimization.getText())
        .startsWith("Optimalisasi menurut sharpe: terpilih {\"fast\":");
  }

  @Test
  void folds_out_of_range_are_named_and_nothing_starts() {
    open("trader-b", TENANT_B);
    assertThat(view().form.model.getListDataView().getItems()).isEmpty();
    view().form.optimize.setValue(true);
    view().form.folds.setValue(40);
    startUpload(view().form.strategy.getValue());
    assertThat(view().form.error.getText()).contains("folds must be a whole number from 1 to 20");
    assertThat(jobs).isEmpty();
  }
}
