package id.nusatrade.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.nusatrade.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcessHistoryServiceTest {
  private static final TenantId A = TenantId.of("11111111-1111-1111-1111-111111111111");
  private static final TenantId B = TenantId.of("22222222-2222-2222-2222-222222222222");
  private static final Instant T0 = Instant.parse("2026-12-03T03:00:00Z");
  private static final long KEY = 2251799813685249L;
  private static final long TASK = KEY + 10;

  private final Map<TenantId, ProcessHistoryStore.Rows> stored = Map.of(A, rows());
  private final ProcessHistoryService service =
      new ProcessHistoryService(
          new ProcessHistoryStore() {
            @Override
            public Optional<Rows> load(TenantId tenant, long key) {
              return Optional.ofNullable(stored.get(tenant))
                  .filter(r -> r.instance().processInstanceKey() == key);
            }

            @Override
            public List<ProcessHistory.Instance> byOrder(TenantId tenant, String orderId) {
              return Optional.ofNullable(stored.get(tenant)).stream()
                  .map(ProcessHistoryStore.Rows::instance)
                  .filter(i -> orderId.equals(i.orderId()))
                  .toList();
            }
          });

  @Test
  void thePathIsTheElementEventsInRecordOrderAndTheMarkersTheElementsReached() {
    ProcessHistory history = service.history(A, KEY).orElseThrow();

    assertThat(history.path())
        .extracting(ProcessHistory.Step::elementId, ProcessHistory.Step::intent)
        .containsExactly(
            tuple("trade-approval", "ELEMENT_ACTIVATED"),
            tuple("start", "ELEMENT_ACTIVATED"),
            tuple("start", "ELEMENT_COMPLETED"),
            tuple("to_review", "SEQUENCE_FLOW_TAKEN"),
            tuple("review_trade", "ELEMENT_ACTIVATED"),
            tuple("review_trade", "ELEMENT_COMPLETED"));
    // the process element itself is no marker; the flow taken is
    assertThat(history.visitedElements())
        .containsExactlyInAnyOrder("start", "to_review", "review_trade");
    assertThat(history.bpmnXml()).startsWith("<?xml");
  }

  @Test
  void variablesShowTheLastValuePerScopeWithSecretsMasked() {
    ProcessHistory history = service.history(A, KEY).orElseThrow();

    assertThat(history.variables())
        .extracting(
            ProcessHistory.VariableValue::scope,
            ProcessHistory.VariableValue::name,
            ProcessHistory.VariableValue::value)
        .containsExactly(
            tuple("trade-approval", "orderId", "\"ord-7\""),
            tuple("trade-approval", "nik", "***"),
            tuple("review_trade", "slaDeadline", "\"later\""),
            tuple("trade-approval", "approvalOutcome", "\"APPROVED\""));
  }

  @Test
  void decisionsAreTheCompletedJobsThatSayWhoDecidedWhat() {
    ProcessHistory history = service.history(A, KEY).orElseThrow();

    assertThat(history.decisions())
        .containsExactly(
            new ProcessHistory.Decision(
                "review_trade", "officer-a", "APPROVED", "within limits", T0.plusSeconds(40)));
  }

  @Test
  void anotherTenantsInstanceIsNotFound() {
    assertThat(service.history(B, KEY)).isEmpty();
    assertThat(service.forOrder(B, "ord-7")).isEmpty();
  }

  @Test
  void anOrderLeadsToItsInstances() {
    assertThat(service.forOrder(A, " ord-7 "))
        .extracting(ProcessHistory.Instance::processInstanceKey)
        .containsExactly(KEY);
    assertThatThrownBy(() -> service.forOrder(A, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("orderId");
  }

  private static ProcessHistoryStore.Rows rows() {
    return new ProcessHistoryStore.Rows(
        new ProcessHistory.Instance(
            KEY, "trade-approval", 3, 99L, "ord-7", "COMPLETED", T0, T0.plusSeconds(41)),
        "<?xml version=\"1.0\"?><definitions/>",
        List.of(
            element(KEY, "trade-approval", "PROCESS", "ELEMENT_ACTIVATED", 0),
            element(KEY + 1, "start", "START_EVENT", "ELEMENT_ACTIVATED", 1),
            element(KEY + 1, "start", "START_EVENT", "ELEMENT_COMPLETED", 1),
            element(KEY + 2, "to_review", "SEQUENCE_FLOW", "SEQUENCE_FLOW_TAKEN", 1),
            element(TASK, "review_trade", "USER_TASK", "ELEMENT_ACTIVATED", 2),
            element(TASK, "review_trade", "USER_TASK", "ELEMENT_COMPLETED", 40)),
        List.of(
            new ProcessHistoryStore.VariableWrite(KEY, "orderId", "\"ord-7\"", T0),
            new ProcessHistoryStore.VariableWrite(KEY, "nik", "\"3171012345678901\"", T0),
            new ProcessHistoryStore.VariableWrite(
                TASK, "slaDeadline", "\"later\"", T0.plusSeconds(2)),
            new ProcessHistoryStore.VariableWrite(
                KEY, "approvalOutcome", "\"PENDING\"", T0.plusSeconds(1)),
            new ProcessHistoryStore.VariableWrite(
                KEY, "approvalOutcome", "\"APPROVED\"", T0.plusSeconds(40))),
        List.of(
            new ProcessHistoryStore.JobEvent(
                "check", "nusatrade.check", "COMPLETED", null, null, null, T0.plusSeconds(1)),
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
