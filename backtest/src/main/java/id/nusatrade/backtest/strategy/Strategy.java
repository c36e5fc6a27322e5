package id.nusatrade.backtest.strategy;

import id.nusatrade.domain.market.Timeframe;

/**
 * A declarative strategy, as a strategy file states it. A condition or level that the file leaves
 * out is {@code null}; {@code timeExitBars} 0 means no time exit.
 */
public record Strategy(
    String name,
    Timeframe timeframe,
    Expr.Cond entryLong,
    Expr.Cond exitLong,
    Expr.Cond entryShort,
    Expr.Cond exitShort,
    Distance stopLoss,
    Distance takeProfit,
    Distance trailingStop,
    int timeExitBars,
    Sizing size) {}
