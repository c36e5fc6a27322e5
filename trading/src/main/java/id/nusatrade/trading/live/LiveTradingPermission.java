package id.nusatrade.trading.live;

import id.nusatrade.domain.tenant.TenantId;
import java.util.Optional;

/** Port: whether a tenant may trade live; empty when allowed, else why not (a code and words). */
@FunctionalInterface
public interface LiveTradingPermission {
  Optional<String> refusal(TenantId tenant);
}
