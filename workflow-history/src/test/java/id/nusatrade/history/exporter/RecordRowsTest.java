package id.nusatrade.history.exporter;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.protocol.record.ImmutableRecord;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.RecordValue;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.Intent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.VariableIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ImmutableJobRecordValue;
import io.camunda.zeebe.protocol.record.value.ImmutableProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.ImmutableVariableRecordValue;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Engine records (the protocol's own immutable records) into history rows. */
class RecordRowsTest {
  private static final long PI = 2251799813685249L;
  private static final long AT = Instant.parse("2026-12-03T03:00:00Z").toEpochMilli();

  @Test
  void theProcessElementStartsAndEndsTheInstance() {
    var activated =
        RecordRows.of(element(10, PI, "trade-approval", BpmnElementType.PROCESS, "ACTIVATED"));
    assertThat(activated)
        .containsExactly(
            new HistoryRow.Element(
                1,
                10,
                PI,
                PI,
                "trade-approval",
                "PROCESS",
                "ELEMENT_ACTIVATED",
                Instant.ofEpochMilli(AT)),
            new HistoryRow.InstanceStarted(
                1, 10, PI, "trade-approval", 3, 77, Instant.ofEpochMilli(AT)));

    assertThat(
            RecordRows.of(element(30, PI, "trade-approval", BpmnElementType.PROCESS, "COMPLETED")))
        .contains(new HistoryRow.InstanceEnded(1, 30, PI, "COMPLETED", Instant.ofEpochMilli(AT)));
  }

  @Test
  void transientElementStatesAreNotKept() {
    assertThat(
            RecordRows.of(
                record(
                    11,
                    PI + 1,
                    ValueType.PROCESS_INSTANCE,
                    ProcessInstanceIntent.ELEMENT_ACTIVATING,
                    processInstance("review_trade", BpmnElementType.USER_TASK))))
        .isEmpty();
  }

  @Test
  void rootScopeTenantAndOrderVariablesTagTheInstance() {
    var tenant =
        RecordRows.of(variable(12, PI, "tenantId", "\"11111111-1111-1111-1111-111111111111\""));
    assertThat(tenant)
        .contains(
            new HistoryRow.InstanceTagged(
                1, 12, PI, "tenant_id", "11111111-1111-1111-1111-111111111111"));
    assertThat(RecordRows.of(variable(13, PI, "orderId", "\"ord-7\"")))
        .contains(new HistoryRow.InstanceTagged(1, 13, PI, "order_id", "ord-7"));
    // not a UUID, or not the root scope: stored as a variable, tags nothing
    assertThat(RecordRows.of(variable(14, PI, "tenantId", "\"acme\""))).hasSize(1);
    assertThat(RecordRows.of(variable(15, PI + 9, "orderId", "\"ord-8\""))).hasSize(1);
  }

  @Test
  void aCompletedUserTaskJobCarriesWhoDecidedWhat() {
    Record<RecordValue> completed =
        record(
            20,
            PI + 5,
            ValueType.JOB,
            JobIntent.COMPLETED,
            ImmutableJobRecordValue.builder()
                .withProcessInstanceKey(PI)
                .withElementInstanceKey(PI + 4)
                .withElementId("review_trade")
                .withType("io.camunda.zeebe:userTask")
                .withWorker("nusatrade-review-queue")
                .withErrorMessage("")
                .withVariables(
                    Map.of("outcome", "APPROVED", "reason", "fine", "decidedBy", "officer-a"))
                .build());

    assertThat(RecordRows.of(completed))
        .containsExactly(
            new HistoryRow.Job(
                1,
                20,
                PI,
                PI + 4,
                "review_trade",
                "io.camunda.zeebe:userTask",
                "COMPLETED",
                "nusatrade-review-queue",
                "officer-a",
                "APPROVED",
                "fine",
                null,
                Instant.ofEpochMilli(AT)));
  }

  @Test
  void commandsAreNotHistory() {
    Record<RecordValue> command =
        ImmutableRecord.<RecordValue>builder()
            .withPosition(21)
            .withKey(PI)
            .withPartitionId(1)
            .withTimestamp(AT)
            .withRecordType(RecordType.COMMAND)
            .withValueType(ValueType.VARIABLE)
            .withIntent(VariableIntent.CREATED)
            .withValue(variableValue(PI, "x", "1"))
            .build();
    assertThat(RecordRows.of(command)).isEmpty();
  }

  @Test
  void onlyPlainJsonStringsAreReadAsText() {
    assertThat(RecordRows.jsonString("\"ord-7\"")).isEqualTo("ord-7");
    assertThat(RecordRows.jsonString("7")).isNull();
    assertThat(RecordRows.jsonString("\"a\\\"b\"")).isNull();
    assertThat(RecordRows.jsonString(null)).isNull();
  }

  private static Record<RecordValue> element(
      long position, long key, String id, BpmnElementType type, String state) {
    return record(
        position,
        key,
        ValueType.PROCESS_INSTANCE,
        ProcessInstanceIntent.valueOf("ELEMENT_" + state),
        processInstance(id, type));
  }

  private static RecordValue processInstance(String id, BpmnElementType type) {
    return ImmutableProcessInstanceRecordValue.builder()
        .withBpmnProcessId("trade-approval")
        .withVersion(3)
        .withProcessDefinitionKey(77)
        .withProcessInstanceKey(PI)
        .withElementId(id)
        .withBpmnElementType(type)
        .build();
  }

  private static Record<RecordValue> variable(long position, long scope, String name, String json) {
    return record(
        position,
        position,
        ValueType.VARIABLE,
        VariableIntent.CREATED,
        variableValue(scope, name, json));
  }

  private static RecordValue variableValue(long scope, String name, String json) {
    return ImmutableVariableRecordValue.builder()
        .withName(name)
        .withValue(json)
        .withScopeKey(scope)
        .withProcessInstanceKey(PI)
        .withProcessDefinitionKey(77)
        .withBpmnProcessId("trade-approval")
        .build();
  }

  private static Record<RecordValue> record(
      long position, long key, ValueType type, Intent intent, RecordValue value) {
    return ImmutableRecord.<RecordValue>builder()
        .withPosition(position)
        .withKey(key)
        .withPartitionId(1)
        .withTimestamp(AT)
        .withRecordType(RecordType.EVENT)
        .withValueType(type)
        .withIntent(intent)
        .withValue(value)
        .build();
  }
}
