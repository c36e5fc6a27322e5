package id.nusatrade.history.exporter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/**
 * Writes a batch of history rows in one transaction: one JDBC batch per statement, every statement
 * idempotent (event rows {@code on conflict do nothing} by partition and position; instance rows
 * upserts that commute), so a batch written twice, or two overlapping batches, leave the same rows.
 */
final class HistoryWriter {
  private static final String DEFINITION =
      "insert into process_history_definition (process_definition_key, bpmn_process_id, version,"
          + " resource_name, bpmn_xml, deployed_at) values (?, ?, ?, ?, ?, ?)"
          + " on conflict (process_definition_key) do nothing";
  private static final String STARTED =
      "insert into process_history_instance (process_instance_key, partition_id, bpmn_process_id,"
          + " version, process_definition_key, started_at) values (?, ?, ?, ?, ?, ?)"
          + " on conflict (process_instance_key) do update set"
          + " bpmn_process_id = excluded.bpmn_process_id, version = excluded.version,"
          + " process_definition_key = excluded.process_definition_key,"
          + " started_at = excluded.started_at";
  private static final String TENANT =
      "insert into process_history_instance (process_instance_key, partition_id, tenant_id)"
          + " values (?, ?, ?::uuid) on conflict (process_instance_key) do update set"
          + " tenant_id = excluded.tenant_id";
  private static final String ORDER =
      "insert into process_history_instance (process_instance_key, partition_id, order_id)"
          + " values (?, ?, ?) on conflict (process_instance_key) do update set"
          + " order_id = excluded.order_id";
  private static final String ENDED =
      "insert into process_history_instance (process_instance_key, partition_id, state, ended_at)"
          + " values (?, ?, ?, ?) on conflict (process_instance_key) do update set"
          + " state = excluded.state, ended_at = excluded.ended_at";
  private static final String ELEMENT =
      "insert into process_history_element (partition_id, position, process_instance_key,"
          + " element_instance_key, element_id, element_type, intent, at)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing";
  private static final String VARIABLE =
      "insert into process_history_variable (partition_id, position, process_instance_key,"
          + " scope_key, name, value, intent, at) values (?, ?, ?, ?, ?, ?, ?, ?)"
          + " on conflict do nothing";
  private static final String JOB =
      "insert into process_history_job (partition_id, position, process_instance_key,"
          + " element_instance_key, element_id, job_type, intent, worker, decided_by, outcome,"
          + " reason, error_message, at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " on conflict do nothing";
  private static final String INCIDENT =
      "insert into process_history_incident (partition_id, position, process_instance_key,"
          + " element_instance_key, element_id, intent, error_type, error_message, at)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing";

  private HistoryWriter() {}

  /** Writes {@code rows} and commits; on any failure rolls back and rethrows. */
  static void write(Connection connection, List<HistoryRow> rows) throws SQLException {
    connection.setAutoCommit(false);
    try (PreparedStatement definition = connection.prepareStatement(DEFINITION);
        PreparedStatement started = connection.prepareStatement(STARTED);
        PreparedStatement tenant = connection.prepareStatement(TENANT);
        PreparedStatement order = connection.prepareStatement(ORDER);
        PreparedStatement ended = connection.prepareStatement(ENDED);
        PreparedStatement element = connection.prepareStatement(ELEMENT);
        PreparedStatement variable = connection.prepareStatement(VARIABLE);
        PreparedStatement job = connection.prepareStatement(JOB);
        PreparedStatement incident = connection.prepareStatement(INCIDENT)) {
      for (HistoryRow row : rows) {
        switch (row) {
          case HistoryRow.Definition d -> {
            definition.setLong(1, d.processDefinitionKey());
            definition.setString(2, d.bpmnProcessId());
            definition.setInt(3, d.version());
            definition.setString(4, d.resourceName());
            definition.setString(5, d.bpmnXml());
            definition.setTimestamp(6, time(d.at()));
            definition.addBatch();
          }
          case HistoryRow.InstanceStarted s -> {
            started.setLong(1, s.processInstanceKey());
            started.setInt(2, s.partitionId());
            started.setString(3, s.bpmnProcessId());
            started.setInt(4, s.version());
            started.setLong(5, s.processDefinitionKey());
            started.setTimestamp(6, time(s.at()));
            started.addBatch();
          }
          case HistoryRow.InstanceTagged t -> {
            PreparedStatement target = "tenant_id".equals(t.column()) ? tenant : order;
            target.setLong(1, t.processInstanceKey());
            target.setInt(2, t.partitionId());
            target.setString(3, t.value());
            target.addBatch();
          }
          case HistoryRow.InstanceEnded e -> {
            ended.setLong(1, e.processInstanceKey());
            ended.setInt(2, e.partitionId());
            ended.setString(3, e.state());
            ended.setTimestamp(4, time(e.at()));
            ended.addBatch();
          }
          case HistoryRow.Element e -> {
            element.setInt(1, e.partitionId());
            element.setLong(2, e.position());
            element.setLong(3, e.processInstanceKey());
            element.setLong(4, e.elementInstanceKey());
            element.setString(5, e.elementId());
            element.setString(6, e.elementType());
            element.setString(7, e.intent());
            element.setTimestamp(8, time(e.at()));
            element.addBatch();
          }
          case HistoryRow.Variable v -> {
            variable.setInt(1, v.partitionId());
            variable.setLong(2, v.position());
            variable.setLong(3, v.processInstanceKey());
            variable.setLong(4, v.scopeKey());
            variable.setString(5, v.name());
            variable.setString(6, v.value());
            variable.setString(7, v.intent());
            variable.setTimestamp(8, time(v.at()));
            variable.addBatch();
          }
          case HistoryRow.Job j -> {
            job.setInt(1, j.partitionId());
            job.setLong(2, j.position());
            job.setLong(3, j.processInstanceKey());
            job.setLong(4, j.elementInstanceKey());
            job.setString(5, j.elementId());
            job.setString(6, j.jobType());
            job.setString(7, j.intent());
            nullable(job, 8, j.worker());
            nullable(job, 9, j.decidedBy());
            nullable(job, 10, j.outcome());
            nullable(job, 11, j.reason());
            nullable(job, 12, j.errorMessage());
            job.setTimestamp(13, time(j.at()));
            job.addBatch();
          }
          case HistoryRow.Incident i -> {
            incident.setInt(1, i.partitionId());
            incident.setLong(2, i.position());
            incident.setLong(3, i.processInstanceKey());
            incident.setLong(4, i.elementInstanceKey());
            incident.setString(5, i.elementId());
            incident.setString(6, i.intent());
            incident.setString(7, i.errorType());
            nullable(incident, 8, i.errorMessage());
            incident.setTimestamp(9, time(i.at()));
            incident.addBatch();
          }
        }
      }
      // the instance upserts commute, so their order among themselves does not matter
      for (PreparedStatement batch :
          List.of(definition, started, tenant, order, ended, element, variable, job, incident)) {
        batch.executeBatch();
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private static Timestamp time(Instant at) {
    return Timestamp.from(at);
  }

  private static void nullable(PreparedStatement statement, int index, String value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value);
    }
  }
}
