package id.nusatrade.backtest.service;

import id.nusatrade.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** Port: the tenant's runs, kept across restarts. Another tenant's runs are invisible. */
public interface BacktestRuns {
  /**
   * Stores a new run if the tenant has fewer than {@code limit} unfinished runs of the same {@link
   * BacktestRun#process process} (checked and inserted atomically, whichever web application of the
   * process asks); false, and nothing stored, otherwise.
   */
  boolean insertWithin(TenantId tenant, BacktestRun run, int limit);

  /** Stores the run's new status, progress, times, error, report and equity. */
  void update(TenantId tenant, BacktestRun run);

  Optional<BacktestRun> find(TenantId tenant, BacktestId id);

  /** The tenant's runs, newest first, without their reports (a list stays small). */
  List<BacktestRun> list(TenantId tenant);
}
