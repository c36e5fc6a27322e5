package id.nusatrade.backtest.engine;

import id.nusatrade.backtest.strategy.Columns;
import id.nusatrade.backtest.strategy.Strategy;
import id.nusatrade.indicators.IndicatorRegistry;
import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.signals.BarSignals;
import id.nusatrade.trading.fill.FillModel;
import java.math.BigDecimal;
import java.util.function.IntConsumer;

/**
 * Runs a strategy over bars, one bar at a time in time order, the way live trading sees them: at
 * each bar, pending orders fill at its open, stops and take-profits are checked inside its range,
 * then the strategy decides on its close (see docs/backtest.md, "Life of a bar"). Nothing in the
 * loop reads a bar after the current one unless the strategy itself asks for a future offset, which
 * the look-ahead check exposes.
 */
public final class Backtester {
  private final FillModel fills;
  private final FillMode mode;
  private final BigDecimal initialEquity;
  private final IndicatorRegistry registry;
  private final BarSignals model;

  public Backtester(
      FillModel fills, FillMode mode, BigDecimal initialEquity, IndicatorRegistry registry) {
    this(fills, mode, initialEquity, registry, null);
  }

  /**
   * With a loaded model ({@code null}: none) for strategies reading {@code model.*}: its decision
   * on bar i's close acts at the same fill as any other rule (next open, or that close).
   */
  public Backtester(
      FillModel fills,
      FillMode mode,
      BigDecimal initialEquity,
      IndicatorRegistry registry,
      BarSignals model) {
    if (initialEquity.signum() <= 0) {
      throw new IllegalArgumentException("initial equity must be positive, got " + initialEquity);
    }
    this.fills = fills;
    this.mode = mode;
    this.initialEquity = initialEquity;
    this.registry = registry;
    this.model = model;
  }

  public FillModel fills() {
    return fills;
  }

  public FillMode mode() {
    return mode;
  }

  public BigDecimal initialEquity() {
    return initialEquity;
  }

  /** Runs {@code strategy} on {@code bars} (already at the strategy's timeframe). */
  public BacktestResult run(Strategy strategy, BarSeries bars) {
    return run(strategy, bars, bar -> {});
  }

  /**
   * As {@link #run(Strategy, BarSeries)}, calling {@code progress} with each finished bar index.
   */
  public BacktestResult run(Strategy strategy, BarSeries bars, IntConsumer progress) {
    Columns columns = new Columns(bars, registry, model);
    Simulation simulation =
        new Simulation(CompiledStrategy.bind(strategy, columns), bars, fills, mode, initialEquity);
    return simulation.run(progress);
  }
}
