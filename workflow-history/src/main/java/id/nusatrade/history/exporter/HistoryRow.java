package id.nusatrade.history.exporter;

import java.time.Instant;

/**
 * What one exported engine record becomes in PostgreSQL. Event rows carry the record's partition
 * and position (their primary key, so writing one twice is a no-op); the instance rows are upserts
 * that give the same result in any order and any number of times.
 */
sealed interface HistoryRow {
  /** The position the row came from (what the exporter acknowledges after the commit). */
  long position();

  /** A deployed process: its BPMN for the diagram. */
  record Definition(
      long position,
      long processDefinitionKey,
      String bpmnProcessId,
      int version,
      String resourceName,
      String bpmnXml,
      Instant at)
      implements HistoryRow {}

  /** The process element of an instance was activated. */
  record InstanceStarted(
      int partitionId,
      long position,
      long processInstanceKey,
      String bpmnProcessId,
      int version,
      long processDefinitionKey,
      Instant at)
      implements HistoryRow {}

  /** The process element of an instance completed or was terminated. */
  record InstanceEnded(
      int partitionId, long position, long processInstanceKey, String state, Instant at)
      implements HistoryRow {}

  /** A root-scope variable that names the instance's tenant or order. */
  record InstanceTagged(
      int partitionId, long position, long processInstanceKey, String column, String value)
      implements HistoryRow {}

  record Element(
      int partitionId,
      long position,
      long processInstanceKey,
      long elementInstanceKey,
      String elementId,
      String elementType,
      String intent,
      Instant at)
      implements HistoryRow {}

  record Variable(
      int partitionId,
      long position,
      long processInstanceKey,
      long scopeKey,
      String name,
      String value,
      String intent,
      Instant at)
      implements HistoryRow {}

  record Job(
      int partitionId,
      long position,
      long processInstanceKey,
      long elementInstanceKey,
      String elementId,
      String jobType,
      String intent,
      String worker,
      String decidedBy,
      String outcome,
      String reason,
      String errorMessage,
      Instant at)
      implements HistoryRow {}

  record Incident(
      int partitionId,
      long position,
      long processInstanceKey,
      long elementInstanceKey,
      String elementId,
      String intent,
      String errorType,
      String errorMessage,
      Instant at)
      implements HistoryRow {}
}
