package id.nusatrade.backtest.engine;

import id.nusatrade.market.bars.BarSeries;
import java.math.BigDecimal;
import java.util.List;

/**
 * A run: the bars it ran on, every trade, every decision, every rule's raw value per bar ({@code
 * signals}: bit 1 entry long, 2 exit long, 4 entry short, 8 exit short), the equity at each bar's
 * close (marked to market, a statistic for the metrics; the ledger itself is {@code finalEquity},
 * in decimal) and how many bars closed with a position open.
 */
public record BacktestResult(
    BarSeries bars,
    List<Trade> trades,
    List<Decision> decisions,
    byte[] signals,
    double[] equity,
    int exposedBars,
    BigDecimal initialEquity,
    BigDecimal finalEquity) {}
