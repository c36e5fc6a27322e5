package id.nusatrade.trading.pnl;

import java.math.BigDecimal;

/**
 * One day's P&amp;L of an account in one quote currency: realised (gross), commissions, unrealised
 * at the last quote (today only; zero for a past day), net = realised − commissions + unrealised;
 * and in IDR at {@code idrRate} (IDR per unit, from {@code rateSource}), or null without a rate.
 */
public record CurrencyPnl(
    String currency,
    BigDecimal realised,
    BigDecimal commissions,
    BigDecimal unrealised,
    BigDecimal net,
    BigDecimal idrRate,
    String rateSource,
    BigDecimal netIdr) {}
