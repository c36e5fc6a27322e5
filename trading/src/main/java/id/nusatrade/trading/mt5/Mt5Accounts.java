package id.nusatrade.trading.mt5;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.AccountId;
import java.util.Optional;

/** Port: the trading account a tenant's MT5 terminal (login) trades for. */
@FunctionalInterface
public interface Mt5Accounts {
  Optional<AccountId> accountOf(TenantId tenant, long mt5Login);
}
