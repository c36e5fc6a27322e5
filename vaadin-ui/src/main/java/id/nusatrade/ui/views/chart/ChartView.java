package id.nusatrade.ui.views.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.Tenant;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.domain.time.IndonesianZone;
import id.nusatrade.ui.market.LiveCharts;
import id.nusatrade.ui.market.Overlays;
import id.nusatrade.ui.market.UpdateThrottle;
import id.nusatrade.ui.security.AllowedRoles;
import id.nusatrade.ui.security.CurrentUser;
import id.nusatrade.ui.security.SignedInUser;
import id.nusatrade.ui.views.MainLayout;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The live chart. Deep link: {@code /chart?symbol=ETHUSD&tf=M1&indicators=sma:20,ema:20}. The
 * tenant whose feed it shows is the signed-in user's, from the token; times are shown in that
 * tenant's zone (WIB, WITA or WIT), named beside the status.
 */
@Route(value = "chart", layout = MainLayout.class)
@AllowedRoles(Role.TRADER)
public class ChartView extends VerticalLayout
    implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {
  private final Optional<TenantId> tenant;
  private final LiveCharts charts;
  private final H2 heading = new H2();
  private final ChartToolbar toolbar;
  private final CandleChart chart = new CandleChart();
  private final Paragraph empty = new Paragraph();
  private LiveCharts.Opened opened;
  private UI ui;

  private final IndonesianZone zone;

  @Inject
  public ChartView(CurrentUser currentUser, LiveCharts charts, TenantRepository tenants) {
    this.tenant = currentUser.get().map(SignedInUser::tenantId);
    this.charts = charts;
    this.zone =
        tenant.flatMap(t -> tenants.findTenant(t, t)).map(Tenant::zone).orElse(IndonesianZone.WIB);
    this.toolbar = new ChartToolbar(tenant.map(charts::symbols).orElse(List.of()));
    setId("live-chart");
    setSizeFull();
    chart.setId("chart");
    chart.setZone(zone.zoneId());
    chart.setWidthFull();
    chart.setHeight("520px");
    empty.setId("chart-empty");
    toolbar.timeframe.setValue(Timeframe.M1);
    toolbar.firstSymbol().ifPresent(toolbar::choose);
    toolbar.symbol.addValueChangeListener(e -> reopen());
    toolbar.timeframe.addValueChangeListener(e -> reopen());
    toolbar.indicators.addValueChangeListener(e -> refreshOverlays());
    add(heading, toolbar, empty, chart);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var query = event.getLocation().getQueryParameters();
    query.getSingleParameter("symbol").ifPresent(toolbar::choose);
    query
        .getSingleParameter("tf")
        .flatMap(ChartView::timeframe)
        .ifPresent(toolbar.timeframe::setValue);
    query
        .getSingleParameter("indicators")
        .map(s -> List.of(s.split(",")).stream().filter(Overlays.CHOICES::contains).toList())
        .ifPresent(toolbar.indicators::setValue);
  }

  private static Optional<Timeframe> timeframe(String text) {
    try {
      return Optional.of(Timeframe.valueOf(text.toUpperCase(java.util.Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  protected void onAttach(AttachEvent event) {
    ui = event.getUI();
    reopen();
  }

  @Override
  protected void onDetach(DetachEvent event) {
    closeStream();
    ui = null;
  }

  private void reopen() {
    closeStream();
    String symbol = toolbar.symbol.getValue();
    Timeframe tf = toolbar.timeframe.getValue();
    if (ui == null || tenant.isEmpty() || symbol == null || tf == null) {
      chart.setCandles(List.of());
      showState();
      return;
    }
    UI owner = ui;
    opened = charts.open(tenant.get(), symbol, tf, batch -> owner.access(() -> apply(batch)));
    chart.setCandles(opened.stream().candles());
    refreshOverlays();
    showState();
  }

  /** Runs inside UI.access: the push at the end of it sends the changes to the browser. */
  private void apply(UpdateThrottle.Batch batch) {
    chart.update(batch.candles());
    if (batch.barClosed()) {
      refreshOverlays();
      UI owner = ui;
      if (owner != null) { // the bar's values may be stored just after its event: read again
        charts.afterStorage(() -> owner.access(this::refreshOverlays));
      }
    }
    showState();
  }

  private void refreshOverlays() {
    List<String> chosen = List.copyOf(toolbar.indicators.getSelectedItems());
    List<String> ordered = Overlays.CHOICES.stream().filter(chosen::contains).toList();
    chart.setOverlays(opened == null ? List.of() : charts.overlays(opened, ordered));
  }

  private void showState() {
    empty.setVisible(chart.shown().isEmpty());
    toolbar.status.setText(
        getTranslation(charts.live() ? "chart.status.live" : "chart.status.offline")
            + " · "
            + zone.name());
  }

  private void closeStream() {
    if (opened != null) {
      try {
        opened.close();
      } catch (Exception e) {
        // closing a watch cannot fail in practice; nothing to do about it here
      }
      opened = null;
    }
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    heading.setText(getTranslation("chart.title"));
    empty.setText(getTranslation("chart.empty"));
    toolbar.translate(this::getTranslation);
    showState();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("chart.title") + " · Nusatrade";
  }

  CandleChart chart() {
    return chart;
  }
}
