package id.nusatrade.history;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.platform.jdbc.TenantScopedJdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link ProcessHistoryStore} on the exporter's tables (migration V110), read as the application
 * role inside a tenant-scoped transaction: row-level security hides other tenants' instances and
 * every row that belongs to them.
 */
public final class PostgresProcessHistory implements ProcessHistoryStore {
  private static final String INSTANCE_COLUMNS =
      "process_instance_key, bpmn_process_id, version, process_definition_key, order_id, state,"
          + " started_at, ended_at";
  private static final String INSTANCE =
      "select "
          + INSTANCE_COLUMNS
          + " from process_history_instance where process_instance_key = ?";
  private static final String BY_ORDER =
      "select "
          + INSTANCE_COLUMNS
          + " from process_history_instance where order_id = ?"
          + " order by started_at desc nulls last, process_instance_key desc";
  private static final String XML =
      "select bpmn_xml from process_history_definition where process_definition_key = ?";
  private static final String ELEMENTS =
      "select element_instance_key, element_id, element_type, intent, at"
          + " from process_history_element where process_instance_key = ?"
          + " order by partition_id, position";
  private static final String VARIABLES =
      "select scope_key, name, value, at from process_history_variable"
          + " where process_instance_key = ? order by partition_id, position";
  private static final String JOBS =
      "select element_id, job_type, intent, decided_by, outcome, reason, at"
          + " from process_history_job where process_instance_key = ?"
          + " order by partition_id, position";
  private static final String INCIDENTS =
      "select element_id, error_type, error_message, intent, at from process_history_incident"
          + " where process_instance_key = ? order by partition_id, position";

  private final TenantScopedJdbc jdbc;

  public PostgresProcessHistory(DataSource app) {
    this.jdbc = new TenantScopedJdbc(app);
  }

  @Override
  public Optional<Rows> load(TenantId tenant, long key) {
    return jdbc.inTenant(
        tenant,
        c -> {
          List<ProcessHistory.Instance> found = query(c, INSTANCE, key, r -> instance(r));
          if (found.isEmpty()) {
            return Optional.empty();
          }
          ProcessHistory.Instance instance = found.getFirst();
          String xml =
              instance.processDefinitionKey() == null
                  ? null
                  : query(c, XML, instance.processDefinitionKey(), r -> r.getString(1)).stream()
                      .findFirst()
                      .orElse(null);
          return Optional.of(
              new Rows(
                  instance,
                  xml,
                  query(
                      c,
                      ELEMENTS,
                      key,
                      r ->
                          new ElementEvent(
                              r.getLong(1),
                              r.getString(2),
                              r.getString(3),
                              r.getString(4),
                              instant(r, 5))),
                  query(
                      c,
                      VARIABLES,
                      key,
                      r ->
                          new VariableWrite(
                              r.getLong(1), r.getString(2), r.getString(3), instant(r, 4))),
                  query(
                      c,
                      JOBS,
                      key,
                      r ->
                          new JobEvent(
                              r.getString(1),
                              r.getString(2),
                              r.getString(3),
                              r.getString(4),
                              r.getString(5),
                              r.getString(6),
                              instant(r, 7))),
                  query(
                      c,
                      INCIDENTS,
                      key,
                      r ->
                          new ProcessHistory.Incident(
                              r.getString(1),
                              r.getString(2),
                              r.getString(3),
                              r.getString(4),
                              instant(r, 5)))));
        });
  }

  @Override
  public List<ProcessHistory.Instance> byOrder(TenantId tenant, String orderId) {
    return jdbc.inTenant(
        tenant,
        c -> {
          try (PreparedStatement s = c.prepareStatement(BY_ORDER)) {
            s.setString(1, orderId);
            return rows(s, PostgresProcessHistory::instance);
          }
        });
  }

  private interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  private static <T> List<T> query(Connection c, String sql, long key, RowMapper<T> mapper)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, key);
      return rows(s, mapper);
    }
  }

  private static <T> List<T> rows(PreparedStatement s, RowMapper<T> mapper) throws SQLException {
    List<T> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(mapper.map(r));
      }
    }
    return out;
  }

  private static ProcessHistory.Instance instance(ResultSet r) throws SQLException {
    return new ProcessHistory.Instance(
        r.getLong(1),
        r.getString(2),
        (Integer) r.getObject(3),
        (Long) r.getObject(4),
        r.getString(5),
        r.getString(6),
        instant(r, 7),
        instant(r, 8));
  }

  private static Instant instant(ResultSet r, int column) throws SQLException {
    Timestamp t = r.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
