package id.nusatrade.gateway.terminal;

import id.nusatrade.domain.tenant.TenantId;
import java.util.Objects;

/** A terminal is one MT5 trading account of one tenant. */
public record TerminalKey(TenantId tenant, long account) {
  public TerminalKey {
    Objects.requireNonNull(tenant, "tenant");
  }
}
