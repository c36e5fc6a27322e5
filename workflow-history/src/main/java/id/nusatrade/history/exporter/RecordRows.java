package id.nusatrade.history.exporter;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.Intent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessIntent;
import io.camunda.zeebe.protocol.record.intent.VariableIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import io.camunda.zeebe.protocol.record.value.deployment.Process;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns an engine record into the rows the history keeps, copying every value out (the broker
 * reuses a record's buffer after {@code export} returns). Records the history does not keep give no
 * rows.
 */
final class RecordRows {
  /** Variables that tag an instance: the name in the engine, the column it fills. */
  static final String TENANT_VARIABLE = "tenantId";

  static final String ORDER_VARIABLE = "orderId";

  /** The variables a review-task completion sets (ReviewQueue): who decided what and why. */
  static final String DECIDED_BY = "decidedBy";

  static final String OUTCOME = "outcome";
  static final String REASON = "reason";

  static final Set<ValueType> KEPT_VALUES =
      Set.of(
          ValueType.PROCESS,
          ValueType.PROCESS_INSTANCE,
          ValueType.VARIABLE,
          ValueType.JOB,
          ValueType.INCIDENT);

  private static final Set<Intent> ELEMENT_INTENTS =
      Set.of(
          ProcessInstanceIntent.ELEMENT_ACTIVATED,
          ProcessInstanceIntent.ELEMENT_COMPLETED,
          ProcessInstanceIntent.ELEMENT_TERMINATED,
          ProcessInstanceIntent.SEQUENCE_FLOW_TAKEN);
  private static final Set<Intent> JOB_INTENTS =
      Set.of(JobIntent.COMPLETED, JobIntent.FAILED, JobIntent.ERROR_THROWN, JobIntent.TIMED_OUT);

  private RecordRows() {}

  static List<HistoryRow> of(Record<?> record) {
    if (record.getRecordType() != RecordType.EVENT) {
      return List.of();
    }
    return switch (record.getValueType()) {
      case PROCESS -> definition(record);
      case PROCESS_INSTANCE -> element(record);
      case VARIABLE -> variable(record);
      case JOB -> job(record);
      case INCIDENT -> incident(record);
      default -> List.of();
    };
  }

  private static List<HistoryRow> definition(Record<?> record) {
    if (record.getIntent() != ProcessIntent.CREATED) {
      return List.of();
    }
    Process p = (Process) record.getValue();
    return List.of(
        new HistoryRow.Definition(
            record.getPosition(),
            p.getProcessDefinitionKey(),
            p.getBpmnProcessId(),
            p.getVersion(),
            p.getResourceName(),
            new String(p.getResource(), StandardCharsets.UTF_8),
            at(record)));
  }

  private static List<HistoryRow> element(Record<?> record) {
    Intent intent = record.getIntent();
    if (!ELEMENT_INTENTS.contains(intent)) {
      return List.of();
    }
    ProcessInstanceRecordValue v = (ProcessInstanceRecordValue) record.getValue();
    int partition = record.getPartitionId();
    long position = record.getPosition();
    List<HistoryRow> rows = new ArrayList<>(2);
    rows.add(
        new HistoryRow.Element(
            partition,
            position,
            v.getProcessInstanceKey(),
            record.getKey(),
            v.getElementId(),
            v.getBpmnElementType().name(),
            intent.name(),
            at(record)));
    if (v.getBpmnElementType() == BpmnElementType.PROCESS) {
      if (intent == ProcessInstanceIntent.ELEMENT_ACTIVATED) {
        rows.add(
            new HistoryRow.InstanceStarted(
                partition,
                position,
                v.getProcessInstanceKey(),
                v.getBpmnProcessId(),
                v.getVersion(),
                v.getProcessDefinitionKey(),
                at(record)));
      } else if (intent == ProcessInstanceIntent.ELEMENT_COMPLETED) {
        rows.add(
            new HistoryRow.InstanceEnded(
                partition, position, v.getProcessInstanceKey(), "COMPLETED", at(record)));
      } else if (intent == ProcessInstanceIntent.ELEMENT_TERMINATED) {
        rows.add(
            new HistoryRow.InstanceEnded(
                partition, position, v.getProcessInstanceKey(), "TERMINATED", at(record)));
      }
    }
    return rows;
  }

  private static List<HistoryRow> variable(Record<?> record) {
    if (record.getIntent() != VariableIntent.CREATED
        && record.getIntent() != VariableIntent.UPDATED) {
      return List.of();
    }
    VariableRecordValue v = (VariableRecordValue) record.getValue();
    List<HistoryRow> rows = new ArrayList<>(2);
    rows.add(
        new HistoryRow.Variable(
            record.getPartitionId(),
            record.getPosition(),
            v.getProcessInstanceKey(),
            v.getScopeKey(),
            v.getName(),
            v.getValue(),
            record.getIntent().name(),
            at(record)));
    if (v.getScopeKey() == v.getProcessInstanceKey()) {
      String text = jsonString(v.getValue());
      if (TENANT_VARIABLE.equals(v.getName()) && isUuid(text)) {
        rows.add(tag(record, v, "tenant_id", text));
      } else if (ORDER_VARIABLE.equals(v.getName()) && text != null) {
        rows.add(tag(record, v, "order_id", text));
      }
    }
    return rows;
  }

  private static HistoryRow tag(
      Record<?> record, VariableRecordValue v, String column, String value) {
    return new HistoryRow.InstanceTagged(
        record.getPartitionId(), record.getPosition(), v.getProcessInstanceKey(), column, value);
  }

  private static List<HistoryRow> job(Record<?> record) {
    if (!JOB_INTENTS.contains(record.getIntent())) {
      return List.of();
    }
    JobRecordValue v = (JobRecordValue) record.getValue();
    Map<String, Object> variables = v.getVariables();
    return List.of(
        new HistoryRow.Job(
            record.getPartitionId(),
            record.getPosition(),
            v.getProcessInstanceKey(),
            v.getElementInstanceKey(),
            v.getElementId(),
            v.getType(),
            record.getIntent().name(),
            blankToNull(v.getWorker()),
            text(variables.get(DECIDED_BY)),
            text(variables.get(OUTCOME)),
            text(variables.get(REASON)),
            blankToNull(v.getErrorMessage()),
            at(record)));
  }

  private static List<HistoryRow> incident(Record<?> record) {
    if (record.getIntent() != IncidentIntent.CREATED
        && record.getIntent() != IncidentIntent.RESOLVED) {
      return List.of();
    }
    IncidentRecordValue v = (IncidentRecordValue) record.getValue();
    return List.of(
        new HistoryRow.Incident(
            record.getPartitionId(),
            record.getPosition(),
            v.getProcessInstanceKey(),
            v.getElementInstanceKey(),
            v.getElementId(),
            record.getIntent().name(),
            v.getErrorType().name(),
            blankToNull(v.getErrorMessage()),
            at(record)));
  }

  private static Instant at(Record<?> record) {
    return Instant.ofEpochMilli(record.getTimestamp());
  }

  /** The text of a JSON string value ({@code "abc"} → abc); null for any other JSON. */
  static String jsonString(String json) {
    if (json == null || json.length() < 2 || json.charAt(0) != '"') {
      return null;
    }
    String inner = json.substring(1, json.length() - 1);
    return inner.indexOf('\\') >= 0 ? null : inner;
  }

  private static boolean isUuid(String text) {
    if (text == null) {
      return false;
    }
    try {
      UUID.fromString(text);
      return text.length() == 36;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String text(Object value) {
    return value == null ? null : blankToNull(value.toString());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
