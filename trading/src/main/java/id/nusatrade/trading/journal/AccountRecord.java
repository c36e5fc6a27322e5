package id.nusatrade.trading.journal;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.TradingState;

/** An account as the engine knows it from now on (opened, or its mode or kill switch changed). */
public record AccountRecord(AccountId id, TenantId tenant, AccountMode mode, TradingState state)
    implements JournalRecord {}
