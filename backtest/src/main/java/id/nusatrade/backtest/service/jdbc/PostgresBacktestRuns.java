package id.nusatrade.backtest.service.jdbc;

import id.nusatrade.backtest.service.BacktestId;
import id.nusatrade.backtest.service.BacktestRun;
import id.nusatrade.backtest.service.BacktestRuns;
import id.nusatrade.backtest.service.BacktestStatus;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.platform.jdbc.TenantScopedJdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** {@link BacktestRuns} on the {@code backtest_run} table, every call under the tenant's RLS. */
public final class PostgresBacktestRuns implements BacktestRuns {
  private static final String COLUMNS =
      "id, process, status, progress, strategy_name, data, fill, created_at, started_at, finished_at, error";

  /** The advisory-lock key space of the backtest runs (first half of the two-int key). */
  private static final int LOCK_SPACE = 0x0B7E57;

  private final TenantScopedJdbc jdbc;

  public PostgresBacktestRuns(DataSource app) {
    this.jdbc = new TenantScopedJdbc(app);
  }

  /**
   * Counts and inserts in one transaction holding a transaction-scoped advisory lock on the tenant,
   * so two requests (or two web applications) cannot both take the last slot.
   */
  @Override
  public boolean insertWithin(TenantId tenant, BacktestRun run, int limit) {
    return jdbc.inTenant(
        tenant,
        c -> {
          try (PreparedStatement lock =
              c.prepareStatement("select pg_advisory_xact_lock(?, hashtext(?))")) {
            lock.setInt(1, LOCK_SPACE);
            lock.setString(2, tenant.toString());
            lock.execute();
          }
          try (PreparedStatement count =
              c.prepareStatement(
                  "select count(*) from backtest_run where process = ?"
                      + " and status in ('QUEUED', 'RUNNING')")) {
            count.setString(1, run.process());
            try (ResultSet r = count.executeQuery()) {
              r.next();
              if (r.getLong(1) >= limit) {
                return false;
              }
            }
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "insert into backtest_run (id, tenant_id, process, status, progress,"
                      + " strategy_name, data, fill, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, run.id().value());
            s.setObject(2, tenant.value());
            s.setString(3, run.process());
            s.setString(4, run.status().name());
            s.setDouble(5, run.progress());
            s.setString(6, run.strategyName());
            s.setString(7, run.data());
            s.setString(8, run.fill());
            s.setTimestamp(9, Timestamp.from(run.createdAt()));
            s.executeUpdate();
          }
          return true;
        });
  }

  @Override
  public void update(TenantId tenant, BacktestRun run) {
    jdbc.inTenant(
        tenant,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "update backtest_run set status = ?, progress = ?, started_at = ?,"
                      + " finished_at = ?, error = ?, report = ?, equity = ? where id = ?")) {
            s.setString(1, run.status().name());
            s.setDouble(2, run.progress());
            s.setTimestamp(3, timestamp(run.startedAt()));
            s.setTimestamp(4, timestamp(run.finishedAt()));
            s.setString(5, run.error());
            s.setString(6, run.report());
            s.setString(7, run.equity());
            s.setObject(8, run.id().value());
            return s.executeUpdate();
          }
        });
  }

  @Override
  public Optional<BacktestRun> find(TenantId tenant, BacktestId id) {
    return jdbc.inTenant(
        tenant,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select " + COLUMNS + ", report, equity from backtest_run where id = ?")) {
            s.setObject(1, id.value());
            try (ResultSet r = s.executeQuery()) {
              return r.next()
                  ? Optional.of(row(r, r.getString(12), r.getString(13)))
                  : Optional.empty();
            }
          }
        });
  }

  @Override
  public List<BacktestRun> list(TenantId tenant) {
    return jdbc.inTenant(
        tenant,
        c -> {
          try (PreparedStatement s =
                  c.prepareStatement(
                      "select " + COLUMNS + " from backtest_run order by created_at desc, id");
              ResultSet r = s.executeQuery()) {
            List<BacktestRun> out = new ArrayList<>();
            while (r.next()) {
              out.add(row(r, null, null));
            }
            return out;
          }
        });
  }

  private static BacktestRun row(ResultSet r, String report, String equity) throws SQLException {
    return new BacktestRun(
        new BacktestId(r.getObject(1, java.util.UUID.class)),
        r.getString(2),
        BacktestStatus.valueOf(r.getString(3)),
        r.getDouble(4),
        r.getString(5),
        r.getString(6),
        r.getString(7),
        instant(r.getTimestamp(8)),
        instant(r.getTimestamp(9)),
        instant(r.getTimestamp(10)),
        r.getString(11),
        report,
        equity);
  }

  private static Timestamp timestamp(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
