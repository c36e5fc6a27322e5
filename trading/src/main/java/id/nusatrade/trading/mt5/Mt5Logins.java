package id.nusatrade.trading.mt5;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.AccountId;
import java.util.OptionalLong;

/** Port: the MT5 login (the gateway's terminal) a tenant's trading account trades through. */
@FunctionalInterface
public interface Mt5Logins {
  OptionalLong loginOf(TenantId tenant, AccountId account);
}
