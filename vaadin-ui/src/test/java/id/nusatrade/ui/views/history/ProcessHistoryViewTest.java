package id.nusatrade.ui.views.history;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.nusatrade.ui.support.DemoData.TENANT_A;
import static id.nusatrade.ui.support.DemoData.TENANT_B;
import static id.nusatrade.ui.support.DemoData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.history.ProcessHistory;
import id.nusatrade.history.ProcessHistoryService;
import id.nusatrade.history.ProcessHistoryStore;
import id.nusatrade.ui.security.CurrentUser;
import id.nusatrade.ui.support.BrowserlessUi;
import id.nusatrade.ui.support.FixedCurrentUser;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The process-history page without a browser, on the real read side over stored rows of tenant A's
 * approved order: diagram with the path marked, decision, masked variables, steps; an order leads
 * to its instance; another tenant's officer sees nothing.
 */
class ProcessHistoryViewTest {
  private static final Instant T0 = Instant.parse("2026-12-03T03:00:00Z");
  private static final long KEY = 2251799813685249L;
  private static final String XML =
      "<?xml version=\"1.0\"?><bpmn:definitions"
          + " xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"/>";

  /** Tenant A's rows, as the exporter stored them. */
  private static final ProcessHistoryStore STORE =
      new ProcessHistoryStore() {
        @Override
        public Optional<Rows> load(TenantId tenant, long key) {
          return tenant.equals(TENANT_A) && key == KEY ? Optional.of(rows()) : Optional.empty();
        }

        @Override
        public List<ProcessHistory.Instance> byOrder(TenantId tenant, String orderId) {
          return tenant.equals(TENANT_A) && orderId.equals("ord-7")
              ? List.of(rows().instance())
              : List.of();
        }
      };

  void open(String user, TenantId tenant, String route) {
    BrowserlessUi.start(
        Map.of(
            CurrentUser.class,
            new FixedCurrentUser(signedIn(user, tenant, Role.COMPLIANCE_OFFICER)),
            ProcessHistoryService.class,
            new ProcessHistoryService(STORE)));
    UI.getCurrent().navigate(route);
  }

  ProcessHistoryView view() {
    return _get(ProcessHistoryView.class);
  }

  @AfterEach
  void stop() {
    BrowserlessUi.stop();
  }

  @Test
  void an_instance_shows_its_diagram_with_the_path_marked_and_who_decided_what() {
    open("officer-a", TENANT_A, "process-history/" + KEY);

    assertThat(view().diagram.xml()).isEqualTo(XML);
    assertThat(view().diagram.marked()).containsExactly("review_trade", "start", "to_review");
    assertThat(GridKt._findAll(view().decisions))
        .containsExactly(
            new ProcessHistory.Decision(
                "review_trade", "officer-a", "APPROVED", "within limits", T0.plusSeconds(40)));
    assertThat(GridKt._findAll(view().variables))
        .extracting(ProcessHistory.VariableValue::name, ProcessHistory.VariableValue::value)
        .containsExactly(tuple("orderId", "\"ord-7\""), tuple("nik", "***"));
    assertThat(GridKt._size(view().path)).isEqualTo(5);
    // Bahasa Indonesia first
    assertThat(view().summary.getText())
        .isEqualTo(
            "trade-approval versi 3, instans "
                + KEY
                + ": selesai; mulai 2026-12-03T03:00:00Z, selesai 2026-12-03T03:00:41Z; order"
                + " ord-7");
    assertThat(view().notFound.isVisible()).isFalse();
  }

  @Test
  void an_order_id_leads_to_its_instance() {
    open("officer-a", TENANT_A, "process-history");
    view().orderId.setValue("ord-7");
    _click(_get(Button.class, spec -> spec.withId("history-find")));

    assertThat(GridKt._findAll(view().instances))
        .extracting(ProcessHistory.Instance::processInstanceKey)
        .containsExactly(KEY);
  }

  @Test
  void another_tenants_officer_sees_no_such_instance() {
    open("officer-b", TENANT_B, "process-history/" + KEY);

    assertThat(view().notFound.isVisible()).isTrue();
    assertThat(view().notFound.getText()).contains(String.valueOf(KEY));
    assertThat(view().diagram.xml()).isNull();
    assertThat(GridKt._size(view().decisions)).isZero();

    view().orderId.setValue("ord-7");
    _click(_get(Button.class, spec -> spec.withId("history-find")));
    assertThat(GridKt._size(view().instances)).isZero();
    assertThat(view().notFound.getText()).contains("ord-7");
  }

  private static ProcessHistoryStore.Rows rows() {
    return new ProcessHistoryStore.Rows(
        new ProcessHistory.Instance(
            KEY, "trade-approval", 3, 99L, "ord-7", "COMPLETED", T0, T0.plusSeconds(41)),
        XML,
        List.of(
            element(KEY, "trade-approval", "PROCESS", "ELEMENT_ACTIVATED", 0),
            element(KEY + 1, "start", "START_EVENT", "ELEMENT_ACTIVATED", 1),
            element(KEY + 2, "to_review", "SEQUENCE_FLOW", "SEQUENCE_FLOW_TAKEN", 1),
            element(KEY + 3, "review_trade", "USER_TASK", "ELEMENT_ACTIVATED", 2),
            element(KEY + 3, "review_trade", "USER_TASK", "ELEMENT_COMPLETED", 40)),
        List.of(
            new ProcessHistoryStore.VariableWrite(KEY, "orderId", "\"ord-7\"", T0),
            new ProcessHistoryStore.VariableWrite(KEY, "nik", "\"3171012345678901\"", T0)),
        List.of(
            new ProcessHistoryStore.JobEvent(
                "review_trade",
                "io.camunda.zeebe:userTask",
                "COMPLETED",
                "officer-a",
                "APPROVED",
                "within limits",
                T0.plusSeconds(40))),
        List.of());
  }

  private static ProcessHistoryStore.ElementEvent element(
      long key, String id, String type, String intent, int seconds) {
    return new ProcessHistoryStore.ElementEvent(key, id, type, intent, T0.plusSeconds(seconds));
  }
}
