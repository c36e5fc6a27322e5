package id.nusatrade.ui.views.signals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.signals.registry.ModelException;
import id.nusatrade.signals.registry.ModelMetrics;
import id.nusatrade.signals.registry.ModelService;
import id.nusatrade.signals.registry.RegisteredModel;
import id.nusatrade.ui.security.AllowedRoles;
import id.nusatrade.ui.security.CurrentUser;
import id.nusatrade.ui.security.SignedInUser;
import id.nusatrade.ui.views.MainLayout;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The caller's models: the tenant's and the caller's own per-user ones (never another user's), with
 * their out-of-sample figures beside the naive baselines to compare versions, which one is live,
 * promote and roll back. {@link ModelService} decides (the same rules and answers as {@code
 * /models}); a refusal is shown as its message.
 */
@Route(value = "models", layout = MainLayout.class)
@AllowedRoles(Role.TRADER)
public class ModelsView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {
  private final Optional<SignedInUser> user;
  private final ModelService models;
  private final H2 heading = new H2();
  final Span liveModel = new Span();
  final Span error = new Span();
  final Grid<RegisteredModel> grid = new Grid<>();
  private final Grid.Column<RegisteredModel> versionColumn;
  private final Grid.Column<RegisteredModel> kindColumn;
  private final Grid.Column<RegisteredModel> statusColumn;
  private final Grid.Column<RegisteredModel> ownerColumn;
  private final Grid.Column<RegisteredModel> balancedColumn;
  private final Grid.Column<RegisteredModel> baselineColumn;
  private final Grid.Column<RegisteredModel> aucColumn;
  private final Grid.Column<RegisteredModel> trainedColumn;
  final Button promote = new Button();
  final Button rollback = new Button();

  @Inject
  public ModelsView(CurrentUser currentUser, ModelService models) {
    this.user = currentUser.get();
    this.models = models;
    setId("models");
    liveModel.setId("models-live");
    error.setId("models-error");
    error.getStyle().set("color", "var(--lumo-error-text-color)");
    grid.setId("models-grid");
    grid.setAllRowsVisible(true);
    versionColumn = grid.addColumn(RegisteredModel::version);
    kindColumn = grid.addColumn(RegisteredModel::kind);
    statusColumn =
        grid.addColumn(
            m -> getTranslation("models.status." + m.status().name().toLowerCase(Locale.ROOT)));
    ownerColumn =
        grid.addColumn(
            m -> m.ownerUser() == null ? getTranslation("models.owner.tenant") : m.ownerUser());
    balancedColumn = grid.addColumn(m -> balanced(ModelMetrics.of(m)));
    baselineColumn =
        grid.addColumn(
            m -> {
              ModelMetrics x = ModelMetrics.of(m);
              return figure(x.majorityClass()) + " / " + figure(x.persistence());
            });
    aucColumn = grid.addColumn(m -> figure(ModelMetrics.of(m).auc()));
    trainedColumn =
        grid.addColumn(
            m ->
                m.trainedFrom() == null
                    ? ""
                    : m.trainedFrom() + " – " + m.trainedTo() + " (" + m.trainingSamples() + ")");
    grid.setSelectionMode(Grid.SelectionMode.SINGLE);
    grid.addSelectionListener(e -> enableActions());
    promote.setId("models-promote");
    rollback.setId("models-rollback");
    promote.addClickListener(e -> selected().ifPresent(m -> act(m.id(), models::promote)));
    rollback.addClickListener(e -> selected().ifPresent(m -> act(m.id(), models::rollback)));
    add(heading, liveModel, new HorizontalLayout(promote, rollback), error, grid);
    refresh();
  }

  /** Reads the models again. */
  void refresh() {
    if (user.isEmpty()) {
      return;
    }
    SignedInUser u = user.get();
    RegisteredModel live = models.live(u.tenantId());
    liveModel.setText(
        getTranslation("models.live") + ": " + live.version() + " (" + live.kind() + ")");
    UUID chosen = selected().map(RegisteredModel::id).orElse(null);
    List<RegisteredModel> shown = models.visibleTo(u.tenantId(), u.username()).reversed();
    grid.setItems(shown);
    shown.stream().filter(m -> m.id().equals(chosen)).findFirst().ifPresent(grid::select);
    enableActions();
  }

  private Optional<RegisteredModel> selected() {
    return grid.getSelectedItems().stream().findFirst();
  }

  /** Promote a model that is not live; roll back the live one when it replaced one. */
  private void enableActions() {
    Optional<RegisteredModel> m = selected();
    promote.setEnabled(m.isPresent() && !m.get().live());
    rollback.setEnabled(m.isPresent() && m.get().live() && m.get().replaced() != null);
  }

  private void act(
      UUID id, BiFunction<id.nusatrade.domain.tenant.TenantId, UUID, RegisteredModel> action) {
    SignedInUser u = user.orElseThrow();
    try {
      if (!models.isVisibleTo(u.tenantId(), u.username(), id)) {
        throw new ModelException(ModelException.Kind.NOT_FOUND, "no model " + id);
      }
      action.apply(u.tenantId(), id);
      error.setText("");
    } catch (ModelException e) {
      error.setText(getTranslation("models.refused") + " " + e.getMessage());
    }
    refresh();
  }

  private String balanced(ModelMetrics m) {
    if (!m.known()) {
      return "–";
    }
    return figure(m.balancedAccuracy())
        + " ["
        + figure(m.balancedAccuracyLow())
        + ", "
        + figure(m.balancedAccuracyHigh())
        + "]";
  }

  private String figure(double x) {
    return Double.isNaN(x)
        ? "–"
        : String.format(getLocale() == null ? Locale.ROOT : getLocale(), "%.3f", x);
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    heading.setText(getTranslation("nav.models"));
    versionColumn.setHeader(getTranslation("models.version"));
    kindColumn.setHeader(getTranslation("models.kind"));
    statusColumn.setHeader(getTranslation("models.status"));
    ownerColumn.setHeader(getTranslation("models.owner"));
    balancedColumn.setHeader(getTranslation("models.balanced"));
    baselineColumn.setHeader(getTranslation("models.baselines"));
    aucColumn.setHeader(getTranslation("models.auc"));
    trainedColumn.setHeader(getTranslation("models.trained"));
    promote.setText(getTranslation("models.promote"));
    rollback.setText(getTranslation("models.rollback"));
    refresh();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.models") + " · Nusatrade";
  }

  List<RegisteredModel> shown() {
    return grid.getListDataView().getItems().toList();
  }
}
