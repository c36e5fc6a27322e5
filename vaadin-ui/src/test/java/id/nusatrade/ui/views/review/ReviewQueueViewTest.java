package id.nusatrade.ui.views.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.nusatrade.ui.support.DemoData.TENANT_A;
import static id.nusatrade.ui.support.DemoData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import id.nusatrade.compliance.review.ReviewKind;
import id.nusatrade.compliance.review.ReviewQueue;
import id.nusatrade.compliance.review.ReviewTask;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.ui.support.UiTestBase;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The officers' queue on the real {@link ReviewQueue} over an in-memory task store; the clock is
 * 2026-11-21 10:05 UTC, so a deadline at 12:10 is 2 h 05 min away.
 */
class ReviewQueueViewTest extends UiTestBase {
  @BeforeEach
  void tasks() {
    add(11, ReviewKind.KYC, "application app-7", NOW.plus(Duration.ofMinutes(125)), null);
    add(12, ReviewKind.TRADE, "order ord-1", NOW.minus(Duration.ofMinutes(3)), null);
    add(13, ReviewKind.TRADE_SECOND, "order ord-2", NOW.plus(Duration.ofDays(1)), "officer-a");
  }

  private void add(long key, ReviewKind kind, String subject, java.time.Instant sla, String first) {
    reviewTasks.addIfAbsent(
        ReviewTask.open(
            key,
            kind,
            900 + key,
            subject,
            TENANT_A,
            sla,
            NOW,
            first,
            "{\"riskLevel\":\"MEDIUM\"}"));
  }

  private void officer(String name) {
    signIn(signedIn(name, TENANT_A, Role.COMPLIANCE_OFFICER));
    navigate("review");
  }

  private static <T extends Component> T byId(Class<T> type, String id) {
    return _get(type, spec -> spec.withId(id));
  }

  @SuppressWarnings("unchecked")
  private static Grid<ReviewTask> grid() {
    return byId(Grid.class, "review-tasks");
  }

  private static List<List<String>> rows() {
    Grid<ReviewTask> g = grid();
    return IntStream.range(0, GridKt._size(g))
        .mapToObj(i -> GridKt._getFormattedRow(g, i))
        .toList();
  }

  private static void select(long key) {
    Grid<ReviewTask> g = grid();
    IntStream.range(0, GridKt._size(g))
        .mapToObj(i -> GridKt._get(g, i))
        .filter(t -> t.key() == key)
        .findFirst()
        .ifPresent(g::select);
  }

  private static void click(String id) {
    ButtonKt._click(byId(Button.class, id));
  }

  private static String message() {
    return byId(Span.class, "review-message").getText();
  }

  @SuppressWarnings("unchecked")
  private static void decide(String outcome, String reason) {
    byId(Select.class, "review-outcome").setValue(outcome);
    byId(TextArea.class, "review-reason").setValue(reason);
    click("review-decide");
  }

  @Test
  void openTasksAreListedEarliestDeadlineFirstWithTheTimeLeftInBahasaIndonesia() {
    officer("officer-a");

    assertThat(rows())
        .containsExactly(
            List.of(
                "Persetujuan transaksi",
                "order ord-1",
                "2026-11-21 10:02 UTC",
                "terlambat 0 j 03 mnt",
                "Terbuka"),
            List.of(
                "Kasus KYC", "application app-7", "2026-11-21 12:10 UTC", "2 j 05 mnt", "Terbuka"),
            List.of(
                "Persetujuan transaksi (petugas kedua)",
                "order ord-2",
                "2026-11-22 10:05 UTC",
                "1 hr 0 j",
                "Terbuka"));
  }

  @SuppressWarnings("unchecked")
  @Test
  void theKindFilterShowsOnlyThatKind() {
    officer("officer-a");

    byId(Select.class, "review-kind").setValue(Optional.of(ReviewKind.KYC));

    assertThat(rows()).extracting(r -> r.get(1)).containsExactly("application app-7");
  }

  @Test
  void anOfficerClaimsAndDecidesAKycCaseWithAReasonAndTheEngineGetsTheDecision() {
    officer("officer-a");
    select(11);
    assertThat(byId(Button.class, "review-decide").isEnabled()).isFalse();

    click("review-claim");
    assertThat(rows().get(1).get(4)).isEqualTo("Diambil oleh officer-a");
    decide("APPROVE", "dokumen konsisten");

    assertThat(message()).isEqualTo("Keputusan dicatat.");
    assertThat(completedTasks)
        .containsExactly("11 {decidedBy=officer-a, outcome=APPROVE, reason=dokumen konsisten}");
    assertThat(rows()).extracting(r -> r.get(1)).doesNotContain("application app-7");
    assertThat(audit.events)
        .extracting(e -> e.action())
        .containsExactly(ReviewQueue.CLAIMED, ReviewQueue.DECIDED);
  }

  @Test
  void aDecisionWithoutAReasonIsRefusedAndNothingIsCompleted() {
    officer("officer-a");
    select(11);
    click("review-claim");

    decide("REJECT", "  ");

    assertThat(message()).isEqualTo("Keputusan wajib disertai alasan.");
    assertThat(completedTasks).isEmpty();
    assertThat(reviewTasks.tasks.get(11L).status()).isEqualTo(ReviewTask.Status.CLAIMED);
  }

  @Test
  void theFirstApproverCannotGiveTheSecondApproval() {
    officer("officer-a");
    select(13);
    assertThat(byId(Span.class, "review-first-approver").getText()).contains("officer-a");
    click("review-claim");

    decide("APPROVE", "looks fine");

    assertThat(message()).startsWith("Tidak dapat dilakukan:");
    assertThat(completedTasks).isEmpty();
  }

  @Test
  void aTaskClaimedByAnotherOfficerCannotBeClaimedOrDecidedHere() {
    new ReviewQueue(
            reviewTasks, (k, v) -> {}, audit, java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC))
        .claim(12, "officer-b");
    officer("officer-a");
    select(12);

    assertThat(byId(Button.class, "review-claim").isEnabled()).isFalse();
    assertThat(byId(Button.class, "review-decide").isEnabled()).isFalse();
    assertThat(rows().get(0).get(4)).isEqualTo("Diambil oleh officer-b");
  }
}
