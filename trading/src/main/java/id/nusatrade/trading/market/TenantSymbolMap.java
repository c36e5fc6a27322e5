package id.nusatrade.trading.market;

import id.nusatrade.domain.tenant.TenantId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values per tenant and symbol: what a quote of one tenant's feed may touch. Brokers quote the same
 * symbol differently, so quotes, working paper orders and positions' stops are looked up by the
 * tick's tenant first. Two map lookups per tick and no key object: nothing is allocated on the hot
 * path once a tenant's symbol is known. Not thread-safe (the engine's single writer owns it).
 */
public final class TenantSymbolMap<V> {
  private final Map<TenantId, Map<String, V>> byTenant = new HashMap<>();

  /** The value, or null. */
  public V get(TenantId tenant, String symbol) {
    Map<String, V> symbols = byTenant.get(tenant);
    return symbols == null ? null : symbols.get(symbol);
  }

  /** The value, created and kept first when absent (a known one costs two lookups, no lambda). */
  public V computeIfAbsent(TenantId tenant, String symbol, Supplier<V> create) {
    Map<String, V> symbols = byTenant.get(tenant);
    if (symbols == null) {
      symbols = new HashMap<>();
      byTenant.put(tenant, symbols);
    }
    V value = symbols.get(symbol);
    if (value == null) {
      value = create.get();
      symbols.put(symbol, value);
    }
    return value;
  }
}
