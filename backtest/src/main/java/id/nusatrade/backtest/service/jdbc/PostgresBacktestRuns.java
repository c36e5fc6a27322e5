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
      "id, status, progress, strategy_name, data, fill, created_at, started_at, finished_at, error";

  private final TenantScopedJdbc jdbc;

  public PostgresBacktestRuns(DataSource app) {
    this.jdbc = new TenantScopedJdbc(app);
  }

  @Override
  public void insert(TenantId tenant, BacktestRun run) {
    jdbc.inTenant(
        tenant,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "insert into backtest_run (id, tenant_id, status, progress, strategy_name, data,"
                      + " fill, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, run.id().value());
            s.setObject(2, tenant.value());
            s.setString(3, run.status().name());
            s.setDouble(4, run.progress());
            s.setString(5, run.strategyName());
            s.setString(6, run.data());
            s.setString(7, run.fill());
            s.setTimestamp(8, Timestamp.from(run.createdAt()));
            return s.executeUpdate();
          }
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
                  ? Optional.of(row(r, r.getString(11), r.getString(12)))
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
        BacktestStatus.valueOf(r.getString(2)),
        r.getDouble(3),
        r.getString(4),
        r.getString(5),
        r.getString(6),
        instant(r.getTimestamp(7)),
        instant(r.getTimestamp(8)),
        instant(r.getTimestamp(9)),
        r.getString(10),
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
