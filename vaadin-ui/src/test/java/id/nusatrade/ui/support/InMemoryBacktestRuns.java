package id.nusatrade.ui.support;

import id.nusatrade.backtest.service.BacktestId;
import id.nusatrade.backtest.service.BacktestRun;
import id.nusatrade.backtest.service.BacktestRuns;
import id.nusatrade.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backtest runs per tenant in memory, for the page's browserless tests (same rules as the store).
 */
public final class InMemoryBacktestRuns implements BacktestRuns {
  private final Map<TenantId, Map<BacktestId, BacktestRun>> byTenant = new LinkedHashMap<>();

  @Override
  public synchronized boolean insertWithin(TenantId tenant, BacktestRun run, int limit) {
    Map<BacktestId, BacktestRun> runs =
        byTenant.computeIfAbsent(tenant, t -> new LinkedHashMap<>());
    if (runs.values().stream().filter(r -> !r.status().finished()).count() >= limit) {
      return false;
    }
    runs.put(run.id(), run);
    return true;
  }

  @Override
  public synchronized void update(TenantId tenant, BacktestRun run) {
    byTenant.getOrDefault(tenant, new LinkedHashMap<>()).replace(run.id(), run);
  }

  @Override
  public synchronized Optional<BacktestRun> find(TenantId tenant, BacktestId id) {
    return Optional.ofNullable(byTenant.getOrDefault(tenant, Map.of()).get(id));
  }

  @Override
  public synchronized List<BacktestRun> list(TenantId tenant) {
    List<BacktestRun> out = new ArrayList<>(byTenant.getOrDefault(tenant, Map.of()).values());
    out.sort(Comparator.comparing(BacktestRun::createdAt).reversed());
    return out;
  }
}
