package id.nusatrade.rules.model;

/**
 * One order intent with everything the risk rules judge it on, as one fact: the intent, the
 * account, its exposure before and after, today's P&amp;L ({@code dailyPnl} is null when unknown),
 * the recent order rate, the loss streak, the market's session and the risk profile's limits. A
 * rule reads the parts by name, for example {@code RiskCheck(intent.notional >
 * limits.maxNotionalPerOrder)}: every condition then tests one fact, with no join between facts,
 * which is what keeps an evaluation within a few microseconds.
 */
public record RiskCheck(
    OrderIntent intent,
    Account account,
    Exposure exposure,
    DailyPnl dailyPnl,
    OrderRate orderRate,
    LossStreak lossStreak,
    MarketSession session,
    RiskLimits limits) {}
