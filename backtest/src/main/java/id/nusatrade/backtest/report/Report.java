package id.nusatrade.backtest.report;

import id.nusatrade.backtest.engine.BacktestResult;
import id.nusatrade.trading.fill.Costs;

/** Everything a report shows: the run, its benchmark, their metrics and how it was run. */
public record Report(
    String strategy,
    String timeframe,
    String input,
    int inputBars,
    String fill,
    Costs costs,
    BacktestResult run,
    Metrics metrics,
    BacktestResult buyAndHoldRun,
    Metrics buyAndHold) {}
