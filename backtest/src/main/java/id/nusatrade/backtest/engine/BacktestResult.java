package id.nusatrade.backtest.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * A run: the bars it ran on, every trade, every decision, the equity at each bar's close (marked to
 * market, a statistic for the metrics; the ledger itself is {@code finalEquity}, in decimal) and
 * how many bars closed with a position open.
 */
public record BacktestResult(
    BarSeries bars,
    List<Trade> trades,
    List<Decision> decisions,
    double[] equity,
    int exposedBars,
    BigDecimal initialEquity,
    BigDecimal finalEquity) {}
