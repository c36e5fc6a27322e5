package id.nusatrade.backtest.service;

import id.nusatrade.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs kept in memory per tenant, for the service's unit tests (the real store has its IT). */
final class MemoryRuns implements BacktestRuns {
  final Map<TenantId, Map<BacktestId, BacktestRun>> byTenant = new LinkedHashMap<>();

  @Override
  public synchronized boolean insertWithin(TenantId tenant, BacktestRun run, int limit) {
    Map<BacktestId, BacktestRun> runs =
        byTenant.computeIfAbsent(tenant, t -> new LinkedHashMap<>());
    long unfinished =
        runs.values().stream()
            .filter(r -> r.process().equals(run.process()) && !r.status().finished())
            .count();
    if (unfinished >= limit) {
      return false;
    }
    runs.put(run.id(), run);
    return true;
  }

  @Override
  public synchronized void update(TenantId tenant, BacktestRun run) {
    Map<BacktestId, BacktestRun> runs = byTenant.get(tenant);
    if (runs != null && runs.containsKey(run.id())) {
      runs.put(run.id(), run);
    }
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
