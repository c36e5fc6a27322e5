package id.nusatrade.ui.views.rules;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.rules.engine.RuleMessage;
import id.nusatrade.rules.lifecycle.ApprovalRefused;
import id.nusatrade.rules.lifecycle.LineDiff;
import id.nusatrade.rules.lifecycle.PublishRefused;
import id.nusatrade.rules.lifecycle.PublishResult;
import id.nusatrade.rules.lifecycle.RuleSetLifecycle;
import id.nusatrade.rules.lifecycle.RuleSetNotFound;
import id.nusatrade.rules.scenario.ScenarioResult;
import id.nusatrade.rules.store.Draft;
import id.nusatrade.rules.store.PendingApproval;
import id.nusatrade.rules.store.PublishConflict;
import id.nusatrade.rules.store.StoredVersion;
import id.nusatrade.ui.rules.RuleEditing;
import id.nusatrade.ui.security.AllowedRoles;
import id.nusatrade.ui.security.CurrentUser;
import id.nusatrade.ui.security.SignedInUser;
import id.nusatrade.ui.views.MainLayout;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Business staff's rule editor. Per area (risk, tier): the live version; every version with its
 * author, time, comment and its diff to the previous one, and a rollback; the DRL and the limit
 * table (an editable grid) of a new draft, checked on saving with the policy's and compiler's
 * findings by file and line; the saved scenarios run against the draft, pass or fail each; publish
 * (with four-eyes: a request another business-staff user approves here); two versions side by side.
 * Everything goes through the rules module's lifecycle, the service the REST API uses.
 */
@Route(value = "rules", layout = MainLayout.class)
@AllowedRoles(Role.BUSINESS_STAFF)
public class RulesView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final RuleEditing editing;
  private final RuleSetLifecycle rules;
  private final String user;

  private final H2 heading = new H2();
  private final Select<RuleArea> area = new Select<>();
  private final Span live = new Span();
  private final Span status = new Span();
  private final TabSheet tabs = new TabSheet();
  private final Tab versionsTab;
  private final Tab editTab;
  private final Tab scenariosTab;
  private final Tab approvalsTab;
  private final Tab compareTab;

  private final Grid<StoredVersion> versions = new Grid<>(StoredVersion.class, false);
  private final H4 versionDiffTitle = new H4();
  private final Pre versionDiff = new Pre();
  private final Button rollback = new Button();

  private final TextArea drl = new TextArea();
  private final H4 limitsTitle = new H4();
  private final LimitsGrid limits = new LimitsGrid();
  private final TextField comment = new TextField();
  private final Button saveDraft = new Button();
  private final Button test = new Button();
  private final Button publish = new Button();
  private final Grid<RuleMessage> errors = new Grid<>(RuleMessage.class, false);
  private final Grid<ScenarioResult> results = new Grid<>(ScenarioResult.class, false);

  private final TextArea scenarios = new TextArea();
  private final Button saveScenarios = new Button();

  private final Grid<PendingApproval> pending = new Grid<>(PendingApproval.class, false);
  private final Button approve = new Button();

  private final Select<Long> compareLeft = new Select<>();
  private final Select<Long> compareRight = new Select<>();
  private final H4 compareDrlTitle = new H4();
  private final DiffGrid compareDrl = new DiffGrid("rules-compare-drl");
  private final H4 compareLimitsTitle = new H4();
  private final DiffGrid compareLimits = new DiffGrid("rules-compare-limits");

  /** The draft that the editor's text is saved as; null once the text changes again. */
  private Draft draft;

  @Inject
  public RulesView(CurrentUser currentUser, RuleEditing editing) {
    this.editing = editing;
    this.rules = editing.lifecycle();
    this.user = currentUser.get().map(SignedInUser::username).orElse("");
    setId("rules");
    setWidthFull();

    area.setId("rules-area");
    area.setItems(RuleArea.values());
    area.setItemLabelGenerator(a -> getTranslation("rules.area." + a.id()));
    area.setValue(RuleArea.RISK);
    area.addValueChangeListener(e -> load());
    live.setId("rules-live");
    status.setId("rules-status");
    HorizontalLayout top = new HorizontalLayout(area, live);
    top.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

    versionsTab = tabs.add(new Tab(), versionsPanel());
    editTab = tabs.add(new Tab(), editPanel());
    scenariosTab = tabs.add(new Tab(), scenariosPanel());
    approvalsTab = tabs.add(new Tab(), approvalsPanel());
    compareTab = tabs.add(new Tab(), comparePanel());
    versionsTab.setId("rules-tab-versions");
    editTab.setId("rules-tab-edit");
    scenariosTab.setId("rules-tab-scenarios");
    approvalsTab.setId("rules-tab-approvals");
    compareTab.setId("rules-tab-compare");
    tabs.setWidthFull();

    add(heading, top, status, tabs);
  }

  private VerticalLayout versionsPanel() {
    versions.setId("rules-versions");
    versions.setAllRowsVisible(true);
    versions.addSelectionListener(e -> showVersionDiff(e.getFirstSelectedItem()));
    versionDiff.setId("rules-version-diff");
    rollback.setId("rules-rollback");
    rollback.setEnabled(false);
    rollback.addClickListener(e -> rollback());
    return panel(versions, rollback, versionDiffTitle, versionDiff);
  }

  private VerticalLayout editPanel() {
    drl.setId("rules-drl");
    drl.setWidthFull();
    drl.setHeight("28em");
    drl.getStyle().set("font-family", "monospace");
    drl.addValueChangeListener(
        e -> {
          if (e.isFromClient()) {
            draftChanged();
          }
        });
    limits.onEdit(this::draftChanged);
    comment.setId("rules-comment");
    comment.setWidthFull();
    saveDraft.setId("rules-save-draft");
    saveDraft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    saveDraft.addClickListener(e -> saveDraft());
    test.setId("rules-test");
    test.addClickListener(e -> runScenarios());
    publish.setId("rules-publish");
    publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
    publish.addClickListener(e -> publish());
    errors.setId("rules-errors");
    errors.setAllRowsVisible(true);
    errors.setVisible(false);
    results.setId("rules-results");
    results.setAllRowsVisible(true);
    results.setVisible(false);
    results.setPartNameGenerator(r -> r.passed() ? "rule-scenario-pass" : "rule-scenario-fail");
    return panel(
        drl,
        limitsTitle,
        limits,
        comment,
        new HorizontalLayout(saveDraft, test, publish),
        errors,
        results);
  }

  private VerticalLayout scenariosPanel() {
    scenarios.setId("rules-scenarios");
    scenarios.setWidthFull();
    scenarios.setHeight("28em");
    scenarios.getStyle().set("font-family", "monospace");
    saveScenarios.setId("rules-save-scenarios");
    saveScenarios.addClickListener(e -> saveScenarios());
    return panel(scenarios, saveScenarios);
  }

  private VerticalLayout approvalsPanel() {
    pending.setId("rules-pending");
    pending.setAllRowsVisible(true);
    pending.addSelectionListener(e -> approve.setEnabled(e.getFirstSelectedItem().isPresent()));
    approve.setId("rules-approve");
    approve.setEnabled(false);
    approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
    approve.addClickListener(e -> approve());
    return panel(pending, approve);
  }

  private VerticalLayout comparePanel() {
    compareLeft.setId("rules-compare-left");
    compareRight.setId("rules-compare-right");
    compareLeft.addValueChangeListener(e -> showComparison());
    compareRight.addValueChangeListener(e -> showComparison());
    return panel(
        new HorizontalLayout(compareLeft, compareRight),
        compareDrlTitle,
        compareDrl,
        compareLimitsTitle,
        compareLimits);
  }

  private static VerticalLayout panel(com.vaadin.flow.component.Component... parts) {
    VerticalLayout panel = new VerticalLayout(parts);
    panel.setPadding(false);
    panel.setWidthFull();
    return panel;
  }

  private RuleArea area() {
    return area.getValue();
  }

  /** Shows the area as the store has it: live version, versions, the live source to edit. */
  private void load() {
    RuleArea a = area();
    editing.catchUp(a);
    StoredVersion current = rules.liveVersion(a);
    live.setText(
        getTranslation(
            "rules.live",
            current.version(),
            current.author(),
            TIME.format(current.createdAt()),
            current.comment()));
    List<StoredVersion> all = rules.versions(a);
    versions.setItems(all);
    versionDiff.setText("");
    rollback.setEnabled(false);
    drl.setValue(current.drl());
    limits.show(current.limits(), this::getTranslation);
    comment.clear();
    scenarios.setValue(rules.scenarios(a));
    pending.setItems(rules.pendingApprovals(a));
    approve.setEnabled(false);
    List<Long> numbers = all.stream().map(StoredVersion::version).toList();
    compareLeft.setItems(numbers);
    compareRight.setItems(numbers);
    if (!numbers.isEmpty()) {
      compareRight.setValue(numbers.getFirst());
      compareLeft.setValue(numbers.size() > 1 ? numbers.get(1) : numbers.getFirst());
    }
    errors.setVisible(false);
    results.setVisible(false);
    draft = null;
    buttons();
  }

  private void draftChanged() {
    draft = null;
    results.setVisible(false);
    buttons();
  }

  private void buttons() {
    test.setEnabled(draft != null);
    publish.setEnabled(draft != null);
  }

  private void showVersionDiff(Optional<StoredVersion> selected) {
    if (selected.isEmpty()) {
      versionDiff.setText("");
      rollback.setEnabled(false);
      return;
    }
    StoredVersion v = selected.get();
    rollback.setEnabled(v.version() != rules.liveVersion(area()).version());
    Optional<StoredVersion> previous =
        rules.versions(area()).stream().filter(p -> p.version() < v.version()).findFirst();
    String drlBefore = previous.map(StoredVersion::drl).orElse("");
    String limitsBefore = previous.map(StoredVersion::limits).orElse("");
    List<String> lines = new java.util.ArrayList<>();
    for (String l : LineDiff.changes(drlBefore, v.drl())) {
      lines.add(v.area().drlFile() + " " + l);
    }
    for (String l : LineDiff.changes(limitsBefore, v.limits())) {
      lines.add(v.area().limitsFile() + " " + l);
    }
    versionDiffTitle.setText(
        getTranslation(
            "rules.versions.diff",
            v.version(),
            previous.map(p -> Long.toString(p.version())).orElse("—")));
    versionDiff.setText(
        lines.isEmpty() ? getTranslation("rules.versions.nodiff") : String.join("\n", lines));
  }

  private void showComparison() {
    Long left = compareLeft.getValue();
    Long right = compareRight.getValue();
    if (left == null || right == null) {
      return;
    }
    List<StoredVersion> all = rules.versions(area());
    StoredVersion l = all.stream().filter(v -> v.version() == left).findFirst().orElseThrow();
    StoredVersion r = all.stream().filter(v -> v.version() == right).findFirst().orElseThrow();
    String lt = getTranslation("rules.version", left);
    String rt = getTranslation("rules.version", right);
    compareDrl.show(l.drl(), r.drl(), lt, rt);
    compareLimits.show(l.limits(), r.limits(), lt, rt);
  }

  private void saveDraft() {
    errors.setVisible(false);
    results.setVisible(false);
    try {
      editing.catchUp(area()); // the draft is based on the version live now
      draft = rules.createDraft(area(), drl.getValue(), limits.text(), user, comment.getValue());
      status.setText(getTranslation("rules.status.draft", draft.id()));
    } catch (PublishRefused e) {
      draft = null;
      refused(e);
    }
    buttons();
  }

  private void runScenarios() {
    try {
      List<ScenarioResult> run = rules.test(area(), draft.id());
      results.setItems(run);
      results.setVisible(true);
      long passed = run.stream().filter(ScenarioResult::passed).count();
      status.setText(getTranslation("rules.status.tested", passed, run.size()));
    } catch (PublishRefused e) {
      refused(e);
    } catch (RuleSetNotFound e) {
      status.setText(e.getMessage());
    }
  }

  private void publish() {
    try {
      switch (editing.publish(area(), draft.id(), user)) {
        case PublishResult.Published p -> {
          load();
          status.setText(getTranslation("rules.status.published", p.version().version()));
        }
        case PublishResult.AwaitingApproval w -> {
          pending.setItems(rules.pendingApprovals(area()));
          status.setText(getTranslation("rules.status.awaiting", w.draft().id()));
        }
      }
    } catch (PublishRefused e) {
      refused(e);
    } catch (PublishConflict e) {
      conflict(e);
    } catch (RuleSetNotFound e) {
      status.setText(e.getMessage());
    }
  }

  private void approve() {
    Optional<PendingApproval> selected = pending.getSelectedItems().stream().findFirst();
    if (selected.isEmpty()) {
      return;
    }
    try {
      StoredVersion v = editing.approve(area(), selected.get().draftId(), user);
      load();
      status.setText(getTranslation("rules.status.published", v.version()));
    } catch (ApprovalRefused e) {
      status.setText(getTranslation("rules.status.four-eyes"));
    } catch (PublishRefused e) {
      refused(e);
    } catch (PublishConflict e) {
      conflict(e);
    } catch (RuleSetNotFound e) {
      status.setText(e.getMessage());
    }
  }

  private void rollback() {
    Optional<StoredVersion> selected = versions.getSelectedItems().stream().findFirst();
    if (selected.isEmpty()) {
      return;
    }
    try {
      StoredVersion v = editing.rollback(area(), selected.get().version(), user);
      load();
      status.setText(getTranslation("rules.status.rolled-back", v.version()));
    } catch (PublishConflict e) {
      conflict(e);
    } catch (RuleSetNotFound e) {
      status.setText(e.getMessage());
    }
  }

  private void saveScenarios() {
    errors.setVisible(false);
    try {
      rules.saveScenarios(area(), scenarios.getValue(), user);
      status.setText(getTranslation("rules.status.scenarios-saved"));
      results.setVisible(false);
    } catch (PublishRefused e) {
      refused(e);
    }
  }

  /** The refusal in the status line; each finding with its file and line in the errors grid. */
  private void refused(PublishRefused e) {
    List<RuleMessage> findings =
        e.messages().isEmpty()
            ? e.problems().stream().map(p -> RuleMessage.error("", 0, p)).toList()
            : e.messages();
    errors.setItems(findings);
    errors.setVisible(true);
    status.setText(getTranslation("rules.status.refused", findings.size()));
  }

  private void conflict(PublishConflict e) {
    status.setText(getTranslation("rules.status.conflict", e.expected(), e.actual()));
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    heading.setText(getTranslation("rules.title"));
    area.setLabel(getTranslation("rules.area"));
    area.setItemLabelGenerator(a -> getTranslation("rules.area." + a.id()));
    versionsTab.setLabel(getTranslation("rules.tab.versions"));
    editTab.setLabel(getTranslation("rules.tab.edit"));
    scenariosTab.setLabel(getTranslation("rules.tab.scenarios"));
    approvalsTab.setLabel(getTranslation("rules.tab.approvals"));
    compareTab.setLabel(getTranslation("rules.tab.compare"));
    rollback.setText(getTranslation("rules.rollback"));
    limitsTitle.setText(getTranslation("rules.limits"));
    drl.setLabel(getTranslation("rules.drl"));
    comment.setLabel(getTranslation("rules.comment"));
    saveDraft.setText(getTranslation("rules.save-draft"));
    test.setText(getTranslation("rules.test"));
    publish.setText(
        getTranslation(rules.fourEyes() ? "rules.publish.request" : "rules.publish.now"));
    scenarios.setLabel(getTranslation("rules.scenarios"));
    saveScenarios.setText(getTranslation("rules.scenarios.save"));
    approve.setText(getTranslation("rules.approve"));
    compareLeft.setLabel(getTranslation("rules.compare.left"));
    compareRight.setLabel(getTranslation("rules.compare.right"));
    compareDrlTitle.setText(getTranslation("rules.drl"));
    compareLimitsTitle.setText(getTranslation("rules.limits"));
    columns();
    load();
  }

  private void columns() {
    versions.removeAllColumns();
    versions
        .addColumn(StoredVersion::version)
        .setHeader(getTranslation("rules.col.version"))
        .setKey("version")
        .setAutoWidth(true)
        .setFlexGrow(0);
    versions
        .addColumn(StoredVersion::author)
        .setHeader(getTranslation("rules.col.author"))
        .setKey("author")
        .setAutoWidth(true);
    versions
        .addColumn(v -> TIME.format(v.createdAt()))
        .setHeader(getTranslation("rules.col.time"))
        .setKey("time")
        .setAutoWidth(true);
    versions
        .addColumn(StoredVersion::comment)
        .setHeader(getTranslation("rules.col.comment"))
        .setKey("comment")
        .setFlexGrow(2);
    errors.removeAllColumns();
    errors
        .addColumn(RuleMessage::file)
        .setHeader(getTranslation("rules.col.file"))
        .setKey("file")
        .setAutoWidth(true)
        .setFlexGrow(0);
    errors
        .addColumn(m -> m.line() > 0 ? Integer.toString(m.line()) : "")
        .setHeader(getTranslation("rules.col.line"))
        .setKey("line")
        .setAutoWidth(true)
        .setFlexGrow(0);
    errors
        .addColumn(RuleMessage::text)
        .setHeader(getTranslation("rules.col.message"))
        .setKey("message")
        .setFlexGrow(3);
    results.removeAllColumns();
    results
        .addColumn(r -> getTranslation(r.passed() ? "rules.pass" : "rules.fail"))
        .setHeader(getTranslation("rules.col.result"))
        .setKey("result")
        .setAutoWidth(true)
        .setFlexGrow(0);
    results
        .addColumn(r -> r.scenario().name())
        .setHeader(getTranslation("rules.col.scenario"))
        .setKey("scenario")
        .setFlexGrow(2);
    results
        .addColumn(r -> r.passed() ? "" : r.describe())
        .setHeader(getTranslation("rules.col.detail"))
        .setKey("detail")
        .setFlexGrow(2);
    pending.removeAllColumns();
    pending
        .addColumn(PendingApproval::draftId)
        .setHeader(getTranslation("rules.col.draft"))
        .setKey("draft")
        .setAutoWidth(true)
        .setFlexGrow(0);
    pending
        .addColumn(PendingApproval::requestedBy)
        .setHeader(getTranslation("rules.col.requested-by"))
        .setKey("requested-by");
    pending
        .addColumn(p -> TIME.format(p.requestedAt()))
        .setHeader(getTranslation("rules.col.time"))
        .setKey("time");
  }

  @Override
  public String getPageTitle() {
    return getTranslation("rules.title") + " · Nusatrade";
  }
}
