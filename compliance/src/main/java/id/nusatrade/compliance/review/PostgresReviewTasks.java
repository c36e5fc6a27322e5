package id.nusatrade.compliance.review;

import id.nusatrade.compliance.sql.Statements;
import id.nusatrade.compliance.sql.Statements.Binder;
import id.nusatrade.domain.tenant.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** {@link ReviewTaskStore} in PostgreSQL (table {@code review_task}), plain JDBC. */
public final class PostgresReviewTasks implements ReviewTaskStore {
  private static final String COLUMNS =
      "task_key, kind, process_instance_key, subject, tenant_id, sla_deadline, created_at,"
          + " status, claimed_by, first_approver, context::text";

  private final Statements statements;

  public PostgresReviewTasks(DataSource data) {
    this.statements =
        new Statements(
            data, e -> new ReviewStoreException("review task store: " + e.getMessage(), e));
  }

  @Override
  public void addIfAbsent(ReviewTask task) {
    String sql =
        "insert into review_task (task_key, kind, process_instance_key, subject, tenant_id,"
            + " sla_deadline, created_at, status, first_approver, context)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) on conflict (task_key) do nothing";
    update(
        sql,
        s -> {
          s.setLong(1, task.key());
          s.setString(2, task.kind().header());
          s.setLong(3, task.processInstanceKey());
          s.setString(4, task.subject());
          s.setObject(5, task.tenant() == null ? null : task.tenant().value(), Types.OTHER);
          s.setTimestamp(6, task.slaDeadline() == null ? null : Timestamp.from(task.slaDeadline()));
          s.setTimestamp(7, Timestamp.from(task.createdAt()));
          s.setString(8, task.status().name());
          s.setString(9, task.firstApprover());
          s.setString(10, task.contextJson());
        });
  }

  @Override
  public Optional<ReviewTask> find(long key) {
    List<ReviewTask> found =
        query("select " + COLUMNS + " from review_task where task_key = ?", s -> s.setLong(1, key));
    return found.stream().findFirst();
  }

  @Override
  public List<ReviewTask> open() {
    return query(
        "select "
            + COLUMNS
            + " from review_task where status in ('OPEN', 'CLAIMED')"
            + " order by sla_deadline nulls last, task_key",
        s -> {});
  }

  @Override
  public boolean transition(
      long key, ReviewTask.Status expected, ReviewTask.Status next, String officer, Instant at) {
    return update(
            "update review_task set status = ?, claimed_by = ?, claimed_at = ?"
                + " where task_key = ? and status = ?",
            s -> {
              s.setString(1, next.name());
              s.setString(2, officer);
              s.setTimestamp(3, officer == null ? null : Timestamp.from(at));
              s.setLong(4, key);
              s.setString(5, expected.name());
            })
        == 1;
  }

  @Override
  public boolean decide(long key, String officer, String outcome, String reason, Instant at) {
    return update(
            "update review_task set status = 'DECIDED', outcome = ?, reason = ?, decided_by = ?,"
                + " decided_at = ? where task_key = ? and status = 'CLAIMED' and claimed_by = ?",
            s -> {
              s.setString(1, outcome);
              s.setString(2, reason);
              s.setString(3, officer);
              s.setTimestamp(4, Timestamp.from(at));
              s.setLong(5, key);
              s.setString(6, officer);
            })
        == 1;
  }

  private int update(String sql, Binder binder) {
    return statements.update(sql, binder);
  }

  private List<ReviewTask> query(String sql, Binder binder) {
    return statements.query(sql, binder, PostgresReviewTasks::row);
  }

  private static ReviewTask row(ResultSet r) throws SQLException {
    UUID tenant = r.getObject(5, UUID.class);
    Timestamp deadline = r.getTimestamp(6);
    return new ReviewTask(
        r.getLong(1),
        ReviewKind.fromHeader(r.getString(2)),
        r.getLong(3),
        r.getString(4),
        tenant == null ? null : new TenantId(tenant),
        deadline == null ? null : deadline.toInstant(),
        r.getTimestamp(7).toInstant(),
        ReviewTask.Status.valueOf(r.getString(8)),
        r.getString(9),
        r.getString(10),
        r.getString(11));
  }
}
