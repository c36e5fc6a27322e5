package id.nusatrade.ui.views.signals;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.messaging.contract.SignalDecided;
import id.nusatrade.signals.Contribution;
import id.nusatrade.signals.Explanations;
import id.nusatrade.signals.registry.ModelService;
import id.nusatrade.ui.security.AllowedRoles;
import id.nusatrade.ui.security.CurrentUser;
import id.nusatrade.ui.security.SignedInUser;
import id.nusatrade.ui.signals.LiveSignals;
import id.nusatrade.ui.views.MainLayout;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The trader's live signals: per symbol, the latest decision of the tenant's live model (direction,
 * the probability of that direction from Pro up, the model version) with its top feature
 * contributions in plain Bahasa Indonesia or English, and the recent decisions below. New decisions
 * are pushed as the server announces them.
 */
@Route(value = "signals", layout = MainLayout.class)
@AllowedRoles(Role.TRADER)
public class SignalsView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {
  private final Optional<TenantId> tenant;
  private final LiveSignals live;
  private final boolean showProbability;
  private final H2 heading = new H2();
  final Select<String> symbol = new Select<>();
  final Span empty = new Span();
  final Span direction = new Span();
  final Span probability = new Span();
  final Span model = new Span();
  final H3 whyHeading = new H3();
  final UnorderedList why = new UnorderedList();
  private final H3 historyHeading = new H3();
  final Grid<SignalDecided> history = new Grid<>();
  private final Grid.Column<SignalDecided> timeColumn;
  private final Grid.Column<SignalDecided> directionColumn;
  private final Grid.Column<SignalDecided> probabilityColumn;
  private final Grid.Column<SignalDecided> modelColumn;
  private final Grid.Column<SignalDecided> reasonColumn;
  private final Div latest = new Div();
  private AutoCloseable watching;

  @Inject
  public SignalsView(CurrentUser currentUser, LiveSignals live, ModelService models) {
    this.tenant = currentUser.get().map(SignedInUser::tenantId);
    this.live = live;
    this.showProbability = tenant.map(t -> models.entitlements(t).confidenceScores()).orElse(false);
    setId("signals");
    symbol.setId("signal-symbol");
    symbol.addValueChangeListener(e -> refresh());
    direction.setId("signal-direction");
    probability.setId("signal-probability");
    model.setId("signal-model");
    why.setId("signal-why");
    empty.setId("signal-empty");
    latest.add(new HorizontalLayout(direction, probability, model), whyHeading, why);
    history.setId("signal-history");
    history.setAllRowsVisible(true);
    timeColumn = history.addColumn(s -> Instant.ofEpochMilli(s.barOpenTime()).toString());
    directionColumn = history.addColumn(s -> getTranslation(directionKey(s.direction())));
    probabilityColumn = history.addColumn(this::probabilityText);
    modelColumn = history.addColumn(SignalDecided::modelVersion);
    reasonColumn =
        history.addColumn(s -> s.contributions().isEmpty() ? "" : reason(s.contributions().get(0)));
    add(heading, symbol, empty, latest, historyHeading, history);
    refresh();
  }

  /** Reads the board again: the symbols, the shown symbol's latest decision and history. */
  void refresh() {
    List<String> symbols = tenant.map(t -> List.copyOf(live.board().symbols(t))).orElse(List.of());
    if (!symbols.equals(new ArrayList<>(symbolItems()))) {
      String chosen = symbol.getValue();
      symbol.setItems(symbols);
      symbol.setValue(
          chosen != null && symbols.contains(chosen)
              ? chosen
              : symbols.isEmpty() ? null : symbols.get(0));
      return; // the value change listener refreshes again
    }
    List<SignalDecided> recent =
        tenant
            .filter(t -> symbol.getValue() != null)
            .map(t -> live.board().recent(t, symbol.getValue()))
            .orElse(List.of());
    empty.setVisible(recent.isEmpty());
    latest.setVisible(!recent.isEmpty());
    history.setItems(recent);
    if (recent.isEmpty()) {
      return;
    }
    SignalDecided s = recent.get(0);
    direction.setText(getTranslation(directionKey(s.direction())));
    direction.getElement().setAttribute("data-direction", s.direction());
    probability.setText(probabilityText(s));
    model.setText(getTranslation("signals.model") + ": " + s.modelVersion());
    why.removeAll();
    for (SignalDecided.Contribution c : s.contributions()) {
      why.add(new ListItem(reason(c)));
    }
  }

  private List<String> symbolItems() {
    return symbol.getListDataView().getItems().toList();
  }

  /** "RSI 14 at 28.5 pushed towards BUY (+0.12)": the sentence and the push in log-odds. */
  String reason(SignalDecided.Contribution c) {
    Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
    return Explanations.sentence(new Contribution(c.feature(), c.value(), c.logOdds()), locale)
        + String.format(Locale.ROOT, " (%+.2f)", c.logOdds());
  }

  /** The probability of the advised direction, or what the plan lacks. */
  private String probabilityText(SignalDecided s) {
    if (!showProbability) {
      return getTranslation("signals.probability.pro");
    }
    double p = s.direction().equals("SELL") ? 1 - s.probabilityUp() : s.probabilityUp();
    return String.format(getLocale() == null ? Locale.ROOT : getLocale(), "%.1f %%", 100 * p);
  }

  private static String directionKey(String direction) {
    return "signals.direction." + direction.toLowerCase(Locale.ROOT);
  }

  @Override
  protected void onAttach(AttachEvent event) {
    live.feed().connect();
    UI ui = event.getUI();
    watching = tenant.map(t -> live.board().watch(t, s -> ui.access(this::refresh))).orElse(null);
    refresh();
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (watching != null) {
      try {
        watching.close();
      } catch (Exception e) {
        // a board watch closes without failing
      }
      watching = null;
    }
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    heading.setText(getTranslation("nav.signals"));
    symbol.setLabel(getTranslation("signals.symbol"));
    empty.setText(getTranslation("signals.empty"));
    whyHeading.setText(getTranslation("signals.why"));
    historyHeading.setText(getTranslation("signals.history"));
    timeColumn.setHeader(getTranslation("signals.bar"));
    directionColumn.setHeader(getTranslation("signals.direction"));
    probabilityColumn.setHeader(getTranslation("signals.probability"));
    modelColumn.setHeader(getTranslation("signals.model"));
    reasonColumn.setHeader(getTranslation("signals.reason"));
    refresh();
    history.getDataProvider().refreshAll();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.signals") + " · Nusatrade";
  }
}
