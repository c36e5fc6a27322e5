package id.nusatrade.backtest.report;

import id.nusatrade.backtest.engine.BacktestResult;
import id.nusatrade.backtest.lookahead.LookaheadReport;
import id.nusatrade.backtest.optimize.Optimizer;
import id.nusatrade.trading.fill.Costs;

/**
 * Everything a report shows: the run, its benchmark, their metrics and how it was run; with {@code
 * --optimize}, the search ({@code optimization}, else null) and the run is the held-out one; with
 * {@code --check-lookahead}, both checks' findings ({@code lookahead}, else null).
 */
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
    Metrics buyAndHold,
    Optimizer.Outcome optimization,
    LookaheadReport lookahead) {}
