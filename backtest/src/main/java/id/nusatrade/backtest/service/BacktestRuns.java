package id.nusatrade.backtest.service;

import id.nusatrade.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** Port: the tenant's runs, kept across restarts. Another tenant's runs are invisible. */
public interface BacktestRuns {
  void insert(TenantId tenant, BacktestRun run);

  /** Stores the run's new status, progress, times, error, report and equity. */
  void update(TenantId tenant, BacktestRun run);

  Optional<BacktestRun> find(TenantId tenant, BacktestId id);

  /** The tenant's runs, newest first, without their reports (a list stays small). */
  List<BacktestRun> list(TenantId tenant);
}
