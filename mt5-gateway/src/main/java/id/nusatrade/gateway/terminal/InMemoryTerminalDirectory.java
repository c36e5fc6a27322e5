package id.nusatrade.gateway.terminal;

import id.nusatrade.domain.tenant.TenantId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Terminals held in memory: tests, the benchmark and the replayer's self-contained mode. */
public final class InMemoryTerminalDirectory implements TerminalDirectory {
  private final Map<TerminalKey, TerminalRecord> records = new ConcurrentHashMap<>();

  public InMemoryTerminalDirectory register(TenantId tenant, long account, String apiKey) {
    return put(
        new TerminalRecord(new TerminalKey(tenant, account), ApiKeys.sha256Hex(apiKey), true));
  }

  public InMemoryTerminalDirectory put(TerminalRecord record) {
    records.put(record.key(), record);
    return this;
  }

  @Override
  public Optional<TerminalRecord> find(TerminalKey key) {
    return Optional.ofNullable(records.get(key));
  }
}
