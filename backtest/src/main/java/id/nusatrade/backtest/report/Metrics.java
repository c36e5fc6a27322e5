package id.nusatrade.backtest.report;

import java.math.BigDecimal;

/**
 * The figures of one run (definitions in docs/backtest.md, "Metrics"). Ratios are plain fractions
 * (0.12 = 12 %); {@code NaN} or {@code null} means undefined (reported as JSON {@code null}). Times
 * are epoch milliseconds of bar opens.
 */
public record Metrics(
    double totalReturn,
    double cagr,
    double sharpe,
    double sortino,
    double calmar,
    double maxDrawdown,
    Long maxDrawdownPeakTime,
    Long maxDrawdownTroughTime,
    Long maxDrawdownRecoveryTime,
    double winRate,
    double profitFactor,
    int trades,
    double exposure,
    BigDecimal averageTrade,
    BigDecimal netProfit,
    BigDecimal finalEquity,
    double periodsPerYear) {}
