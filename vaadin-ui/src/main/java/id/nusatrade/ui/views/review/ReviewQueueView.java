package id.nusatrade.ui.views.review;

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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.nusatrade.compliance.review.InvalidDecisionException;
import id.nusatrade.compliance.review.ReviewConflictException;
import id.nusatrade.compliance.review.ReviewKind;
import id.nusatrade.compliance.review.ReviewQueue;
import id.nusatrade.compliance.review.ReviewTask;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.ui.security.AllowedRoles;
import id.nusatrade.ui.security.CurrentUser;
import id.nusatrade.ui.security.SignedInUser;
import id.nusatrade.ui.views.MainLayout;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Compliance officers' review queue: the open tasks (KYC cases, trade approvals, compliance alerts)
 * earliest SLA deadline first with the time left, filtered by kind; a task's context; claim and
 * release; a decision with a mandatory reason among the outcomes its kind allows. Four eyes (a
 * second trade approval by another officer), the audit trail and completing the task in the engine
 * are the compliance module's {@link ReviewQueue}, the same service {@code /review-tasks} uses.
 */
@Route(value = "review", layout = MainLayout.class)
@AllowedRoles(Role.COMPLIANCE_OFFICER)
public class ReviewQueueView extends VerticalLayout
    implements LocaleChangeObserver, HasDynamicTitle {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final ReviewQueue queue;
  private final Clock clock;
  private final String officer;

  private final H2 heading = new H2();
  private final Select<Optional<ReviewKind>> kindFilter = new Select<>();
  private final Button refresh = new Button();
  private final Grid<ReviewTask> tasks = new Grid<>(ReviewTask.class, false);
  private final Grid.Column<ReviewTask> kindColumn;
  private final Grid.Column<ReviewTask> subjectColumn;
  private final Grid.Column<ReviewTask> deadlineColumn;
  private final Grid.Column<ReviewTask> leftColumn;
  private final Grid.Column<ReviewTask> statusColumn;

  private final VerticalLayout detail = new VerticalLayout();
  private final H4 detailTitle = new H4();
  private final Span firstApprover = new Span();
  private final Pre context = new Pre();
  private final Button claim = new Button();
  private final Button release = new Button();
  private final Select<String> outcome = new Select<>();
  private final TextArea reason = new TextArea();
  private final Button decide = new Button();
  private final Span message = new Span();

  private List<ReviewTask> all = List.of();

  @Inject
  public ReviewQueueView(CurrentUser currentUser, ReviewQueue queue, Clock clock) {
    this.queue = queue;
    this.clock = clock;
    this.officer = currentUser.get().map(SignedInUser::username).orElse("");
    setId("review-queue");
    setWidthFull();

    kindFilter.setId("review-kind");
    kindFilter.setItems(kinds());
    kindFilter.setValue(Optional.empty());
    kindFilter.setItemLabelGenerator(
        k ->
            k.map(v -> getTranslation("review.kind." + v.header()))
                .orElse(getTranslation("review.kind.all")));
    kindFilter.addValueChangeListener(e -> show());
    refresh.setId("review-refresh");
    refresh.addClickListener(e -> reload());

    tasks.setId("review-tasks");
    kindColumn =
        tasks.addColumn(t -> getTranslation("review.kind." + t.kind().header())).setAutoWidth(true);
    subjectColumn = tasks.addColumn(ReviewTask::subject).setAutoWidth(true);
    deadlineColumn =
        tasks.addColumn(t -> t.slaDeadline() == null ? "" : TIME.format(t.slaDeadline()));
    leftColumn = tasks.addColumn(this::timeLeft);
    statusColumn =
        tasks.addColumn(
            t ->
                t.status() == ReviewTask.Status.CLAIMED
                    ? getTranslation("review.status.claimed", t.claimedBy())
                    : getTranslation("review.status.open"));
    tasks.setAllRowsVisible(true);
    tasks.addSelectionListener(e -> select(e.getFirstSelectedItem()));

    detail.setId("review-detail");
    firstApprover.setId("review-first-approver");
    context.setId("review-context");
    claim.setId("review-claim");
    claim.addClickListener(e -> act(() -> queue.claim(selectedKey(), officer)));
    release.setId("review-release");
    release.addClickListener(e -> act(() -> queue.release(selectedKey(), officer)));
    outcome.setId("review-outcome");
    reason.setId("review-reason");
    reason.setWidthFull();
    decide.setId("review-decide");
    decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    decide.addClickListener(e -> decide());
    message.setId("review-message");
    detail.add(
        detailTitle,
        firstApprover,
        context,
        new HorizontalLayout(claim, release),
        outcome,
        reason,
        decide);
    detail.setVisible(false);

    add(heading, new HorizontalLayout(kindFilter, refresh), tasks, message, detail);
    reload();
  }

  private static List<Optional<ReviewKind>> kinds() {
    List<Optional<ReviewKind>> kinds = new java.util.ArrayList<>();
    kinds.add(Optional.empty());
    for (ReviewKind kind : ReviewKind.values()) {
      kinds.add(Optional.of(kind));
    }
    return kinds;
  }

  /** "2 h 05 min" left, or how long ago the deadline passed. */
  String timeLeft(ReviewTask task) {
    if (task.slaDeadline() == null) {
      return "";
    }
    Duration left = Duration.between(clock.instant(), task.slaDeadline());
    Duration shown = left.isNegative() ? left.negated() : left;
    String amount =
        shown.toDays() > 0
            ? getTranslation("review.days", shown.toDays(), shown.toHoursPart())
            : getTranslation(
                "review.hours", shown.toHours(), "%02d".formatted(shown.toMinutesPart()));
    return left.isNegative() ? getTranslation("review.overdue", amount) : amount;
  }

  private void reload() {
    all = queue.open();
    show();
  }

  private void show() {
    Optional<ReviewKind> kind =
        kindFilter.getValue() == null ? Optional.empty() : kindFilter.getValue();
    Optional<ReviewTask> selected = tasks.getSelectedItems().stream().findFirst();
    List<ReviewTask> shown =
        all.stream().filter(t -> kind.isEmpty() || t.kind() == kind.get()).toList();
    tasks.setItems(shown);
    selected
        .flatMap(s -> shown.stream().filter(t -> t.key() == s.key()).findFirst())
        .ifPresentOrElse(tasks::select, () -> select(Optional.empty()));
  }

  private void select(Optional<ReviewTask> task) {
    detail.setVisible(task.isPresent());
    task.ifPresent(
        t -> {
          detailTitle.setText(
              getTranslation("review.kind." + t.kind().header()) + " · " + t.subject());
          firstApprover.setText(
              t.firstApprover() == null
                  ? ""
                  : getTranslation("review.first-approver", t.firstApprover()));
          context.setText(t.contextJson());
          boolean mine = t.status() == ReviewTask.Status.CLAIMED && officer.equals(t.claimedBy());
          claim.setEnabled(t.status() == ReviewTask.Status.OPEN);
          release.setEnabled(mine);
          outcome.setItems(t.kind().outcomes().stream().sorted().toList());
          outcome.setItemLabelGenerator(o -> getTranslation("review.outcome." + o));
          outcome.setEnabled(mine);
          reason.setEnabled(mine);
          decide.setEnabled(mine);
        });
  }

  private long selectedKey() {
    return tasks.getSelectedItems().stream().findFirst().orElseThrow().key();
  }

  private void decide() {
    act(() -> queue.decide(selectedKey(), officer, outcome.getValue(), reason.getValue()));
    if (message.getText().isEmpty()) {
      message.setText(getTranslation("review.decided"));
      reason.clear();
    }
  }

  /** Runs an officer action; refusals are shown, not thrown. */
  private void act(Runnable action) {
    message.setText("");
    try {
      action.run();
    } catch (InvalidDecisionException e) {
      message.setText(getTranslation("review.invalid." + e.field()));
    } catch (ReviewConflictException | ReviewQueue.ReviewTaskNotFoundException e) {
      message.setText(getTranslation("review.conflict", e.getMessage()));
    } catch (RuntimeException e) { // the engine or the database is away: nothing was decided
      message.setText(getTranslation("review.failed"));
    }
    reload();
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    heading.setText(getTranslation("nav.review"));
    kindFilter.setLabel(getTranslation("review.filter.kind"));
    refresh.setText(getTranslation("review.refresh"));
    kindColumn.setHeader(getTranslation("review.col.kind"));
    subjectColumn.setHeader(getTranslation("review.col.subject"));
    deadlineColumn.setHeader(getTranslation("review.col.deadline"));
    leftColumn.setHeader(getTranslation("review.col.left"));
    statusColumn.setHeader(getTranslation("review.col.status"));
    claim.setText(getTranslation("review.claim"));
    release.setText(getTranslation("review.release"));
    outcome.setLabel(getTranslation("review.outcome"));
    reason.setLabel(getTranslation("review.reason"));
    decide.setText(getTranslation("review.decide"));
    kindFilter.setItemLabelGenerator(
        k ->
            k.map(v -> getTranslation("review.kind." + v.header()))
                .orElse(getTranslation("review.kind.all")));
    tasks.getDataProvider().refreshAll();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.review") + " · Nusatrade";
  }
}
