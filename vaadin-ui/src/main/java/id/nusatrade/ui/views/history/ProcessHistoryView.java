package id.nusatrade.ui.views.history;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.history.ProcessHistory;
import id.nusatrade.history.ProcessHistoryService;
import id.nusatrade.ui.security.AllowedRoles;
import id.nusatrade.ui.security.CurrentUser;
import id.nusatrade.ui.security.SignedInUser;
import id.nusatrade.ui.views.MainLayout;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Process history for compliance officers: find the instances of an order, then one instance's BPMN
 * diagram with the path taken marked, who decided what and when, the variables (secrets masked) and
 * every step. Only the officer's tenant's instances; {@link ProcessHistoryService} reads.
 */
@Route(value = "process-history", layout = MainLayout.class)
@AllowedRoles(Role.COMPLIANCE_OFFICER)
public class ProcessHistoryView extends VerticalLayout
    implements HasUrlParameter<String>, LocaleChangeObserver, HasDynamicTitle {
  private final Optional<TenantId> tenant;
  private final ProcessHistoryService history;
  private final H2 heading = new H2();
  final TextField orderId = new TextField();
  final Button find = new Button();
  final Grid<ProcessHistory.Instance> instances = new Grid<>();
  final Paragraph summary = new Paragraph();
  final Paragraph notFound = new Paragraph();
  final BpmnDiagram diagram = new BpmnDiagram();
  private final H3 decisionsHeading = new H3();
  final Grid<ProcessHistory.Decision> decisions = new Grid<>();
  private final H3 variablesHeading = new H3();
  final Grid<ProcessHistory.VariableValue> variables = new Grid<>();
  private final H3 pathHeading = new H3();
  final Grid<ProcessHistory.Step> path = new Grid<>();
  private final VerticalLayout details = new VerticalLayout();
  private ProcessHistory shown;
  private String missingKey;

  @Inject
  public ProcessHistoryView(CurrentUser currentUser, ProcessHistoryService history) {
    this.tenant = currentUser.get().map(SignedInUser::tenantId);
    this.history = history;
    setId("process-history");
    orderId.setId("history-order-id");
    find.setId("history-find");
    find.addClickListener(e -> findOrder(orderId.getValue()));
    instances.setId("history-instances");
    instances.setAllRowsVisible(true);
    instances.addColumn(ProcessHistory.Instance::processInstanceKey).setKey("key");
    instances.addColumn(i -> i.bpmnProcessId() + " v" + i.version()).setKey("process");
    instances.addColumn(ProcessHistory.Instance::state).setKey("state");
    instances.addColumn(ProcessHistory.Instance::startedAt).setKey("started");
    instances.addItemClickListener(
        e ->
            getUI()
                .ifPresent(
                    ui -> ui.navigate("process-history/" + e.getItem().processInstanceKey())));
    instances.setVisible(false);
    summary.setId("history-summary");
    notFound.setId("history-not-found");
    notFound.setVisible(false);
    diagram.setId("history-diagram");
    diagram.setWidthFull();
    diagram.setHeight("420px");
    decisions.setId("history-decisions");
    decisions.setAllRowsVisible(true);
    decisions.addColumn(ProcessHistory.Decision::at).setKey("at");
    decisions.addColumn(ProcessHistory.Decision::elementId).setKey("task");
    decisions.addColumn(ProcessHistory.Decision::decidedBy).setKey("decidedBy");
    decisions.addColumn(ProcessHistory.Decision::outcome).setKey("outcome");
    decisions.addColumn(ProcessHistory.Decision::reason).setKey("reason");
    variables.setId("history-variables");
    variables.setAllRowsVisible(true);
    variables.addColumn(ProcessHistory.VariableValue::scope).setKey("scope");
    variables.addColumn(ProcessHistory.VariableValue::name).setKey("name");
    variables.addColumn(ProcessHistory.VariableValue::value).setKey("value");
    variables.addColumn(ProcessHistory.VariableValue::updatedAt).setKey("updatedAt");
    path.setId("history-path");
    path.setHeight("320px");
    path.addColumn(ProcessHistory.Step::at).setKey("at");
    path.addColumn(ProcessHistory.Step::elementId).setKey("element");
    path.addColumn(ProcessHistory.Step::elementType).setKey("type");
    path.addColumn(ProcessHistory.Step::intent).setKey("intent");
    details.setPadding(false);
    details.add(
        summary,
        diagram,
        decisionsHeading,
        decisions,
        variablesHeading,
        variables,
        pathHeading,
        path);
    details.setVisible(false);
    add(heading, new HorizontalLayout(orderId, find), instances, notFound, details);
  }

  @Override
  public void setParameter(BeforeEvent event, @OptionalParameter String key) {
    if (key == null || key.isBlank()) {
      showHistory(null, null);
      return;
    }
    Optional<ProcessHistory> found = Optional.empty();
    try {
      long parsed = Long.parseLong(key);
      found = tenant.flatMap(t -> history.history(t, parsed));
    } catch (NumberFormatException e) {
      // not a key: nothing to show, said so below
    }
    showHistory(found.orElse(null), found.isPresent() ? null : key);
  }

  /** Lists the instances started for an order (a click opens one). */
  void findOrder(String order) {
    List<ProcessHistory.Instance> found =
        order == null || order.isBlank()
            ? List.of()
            : tenant.map(t -> history.forOrder(t, order)).orElse(List.of());
    instances.setItems(found);
    instances.setVisible(!found.isEmpty());
    missingKey = found.isEmpty() ? order : null;
    notFound.setVisible(found.isEmpty());
    translateNotFound();
  }

  private void showHistory(ProcessHistory h, String missing) {
    shown = h;
    missingKey = missing;
    notFound.setVisible(missing != null);
    details.setVisible(h != null);
    if (h != null) {
      if (h.bpmnXml() != null) {
        diagram.show(h.bpmnXml(), h.visitedElements());
      }
      diagram.setVisible(h.bpmnXml() != null);
      decisions.setItems(h.decisions());
      variables.setItems(h.variables());
      path.setItems(h.path());
    }
    translateSummary();
    translateNotFound();
  }

  private void translateSummary() {
    if (shown == null) {
      summary.setText("");
      return;
    }
    ProcessHistory.Instance i = shown.instance();
    summary.setText(
        getTranslation(
            "history.summary",
            i.bpmnProcessId(),
            i.version(),
            String.valueOf(i.processInstanceKey()),
            getTranslation("history.state." + i.state().toLowerCase(java.util.Locale.ROOT)),
            i.startedAt(),
            i.endedAt() == null ? "–" : i.endedAt(),
            i.orderId() == null ? "–" : i.orderId()));
  }

  private void translateNotFound() {
    notFound.setText(missingKey == null ? "" : getTranslation("history.notFound", missingKey));
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    heading.setText(getTranslation("nav.history"));
    orderId.setLabel(getTranslation("history.orderId"));
    find.setText(getTranslation("history.find"));
    decisionsHeading.setText(getTranslation("history.decisions"));
    variablesHeading.setText(getTranslation("history.variables"));
    pathHeading.setText(getTranslation("history.path"));
    header(instances, "key", "history.col.key");
    header(instances, "process", "history.col.process");
    header(instances, "state", "history.col.state");
    header(instances, "started", "history.col.started");
    header(decisions, "at", "history.col.at");
    header(decisions, "task", "history.col.task");
    header(decisions, "decidedBy", "history.col.decidedBy");
    header(decisions, "outcome", "history.col.outcome");
    header(decisions, "reason", "history.col.reason");
    header(variables, "scope", "history.col.scope");
    header(variables, "name", "history.col.name");
    header(variables, "value", "history.col.value");
    header(variables, "updatedAt", "history.col.at");
    header(path, "at", "history.col.at");
    header(path, "element", "history.col.element");
    header(path, "type", "history.col.type");
    header(path, "intent", "history.col.intent");
    translateSummary();
    translateNotFound();
  }

  private void header(Grid<?> grid, String key, String translation) {
    grid.getColumnByKey(key).setHeader(getTranslation(translation));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.history") + " · Nusatrade";
  }
}
