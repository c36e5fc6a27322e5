package id.nusatrade.domain.trading;

import id.nusatrade.domain.tenant.TenantId;
import java.math.BigDecimal;

/**
 * What the rules see of an order intent: the intent, its account's tenant, mode and state, the
 * signed open position in the symbol and the reference price (the last quote on the order's side,
 * or null before the first quote).
 */
public record PreTradeRequest(
    TenantId tenant,
    AccountMode mode,
    TradingState tradingState,
    OrderIntent intent,
    BigDecimal position,
    BigDecimal referencePrice) {}
