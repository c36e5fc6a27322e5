package id.nusatrade.bench;

import id.nusatrade.backtest.engine.BacktestResult;
import id.nusatrade.backtest.engine.Backtester;
import id.nusatrade.backtest.engine.FillMode;
import id.nusatrade.backtest.strategy.Examples;
import id.nusatrade.backtest.strategy.Strategy;
import id.nusatrade.backtest.strategy.StrategyFile;
import id.nusatrade.indicators.IndicatorRegistry;
import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.signals.BarSignals;
import id.nusatrade.signals.Signals;
import id.nusatrade.signals.registry.DefaultModel;
import id.nusatrade.trading.fill.Costs;
import id.nusatrade.trading.fill.FillModel;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One operation = a whole backtest over {@value #BARS} daily bars ({@value #MODEL_BARS} with the
 * tree model) (Apple 2013 repeated) on one thread, from parsed strategy to trades and the equity
 * curve: indicators computed bar by bar, rules evaluated on every bar, fills, costs and marking.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BacktestBenchmark {
  static final int BARS = 1_000_000;
  static final long DAY = 86_400_000L;

  /** The strategy exactly as API.md prints it (the shipped example file). */
  static final String SMA_CROSS = Examples.text(Examples.SMA_CROSS);

  /**
   * Long and short, five indicators, ATR stop, take-profit, trailing stop, time exit, risk size.
   */
  static final String RICH =
      """
      name: rich
      timeframe: D1
      entry:
        long: macd(12,26,9) crosses_above macd(12,26,9).signal and rsi(14) < 60
        short: close crosses_below bbands(20,2).lower or rsi(14) > 75
      exit:
        long: rsi(14) > 70
        short: rsi(14) < 35
      stop_loss:
        distance: 2 * atr(14)
      take_profit:
        percent: 6
      trailing_stop:
        distance: 3 * atr(14)
      time_exit: 40
      size:
        risk_percent: 1
      """;

  /** The bars and the two strategies, parsed once. */
  @State(Scope.Thread)
  public static class Setting {
    BarSeries bars;
    Backtester backtester;
    Strategy smaCross;
    Strategy rich;

    @Setup(Level.Trial)
    public void setUp() {
      bars = apple(BARS);
      IndicatorRegistry registry = IndicatorRegistry.standard();
      Costs costs =
          new Costs(0.02, 0.01, 0, BigDecimal.ONE, BigDecimal.ZERO, new BigDecimal("0.05"));
      backtester =
          new Backtester(
              new FillModel(costs), FillMode.NEXT_OPEN, new BigDecimal("100000"), registry);
      smaCross = new StrategyFile(registry).parse(SMA_CROSS);
      rich = new StrategyFile(registry).parse(RICH);
    }
  }

  /** Bars of the tree-model backtest: fewer, as each bar also runs features and LightGBM. */
  static final int MODEL_BARS = 200_000;

  /**
   * A tree model in the loop: the platform's shipped default LightGBM model (features, trees and
   * calibration on every bar, no explanations, as {@code ./nusatrade backtest --model} loads it)
   * with a trend filter, long and short, an ATR stop.
   */
  static final String TREE_MODEL =
      """
      name: tree-model
      timeframe: D1
      entry:
        long: model.buy > 0 and close > sma(50)
        short: model.sell > 0 and close < sma(50)
      exit:
        long: model.sell > 0
        short: model.buy > 0
      stop_loss:
        distance: 2 * atr(14)
      size:
        units: 1
      """;

  /** {@value #MODEL_BARS} bars and the default model, loaded once; closed at the end. */
  @State(Scope.Thread)
  public static class ModelSetting {
    BarSeries bars;
    Backtester backtester;
    Strategy strategy;
    BarSignals model;

    @Setup(Level.Trial)
    public void setUp() throws java.io.IOException {
      bars = apple(MODEL_BARS);
      IndicatorRegistry registry = IndicatorRegistry.standard();
      java.nio.file.Path dir =
          DefaultModel.install(java.nio.file.Files.createTempDirectory("bench-backtest-model"));
      model = Signals.load(dir, 0);
      backtester =
          new Backtester(
              new FillModel(Costs.NONE),
              FillMode.NEXT_OPEN,
              new BigDecimal("100000"),
              registry,
              model);
      strategy = new StrategyFile(registry, true).parse(TREE_MODEL);
    }

    @TearDown(Level.Trial)
    public void close() {
      model.close();
    }
  }

  /** {@code n} daily bars: Apple 2013 repeated. */
  static BarSeries apple(int n) {
    AppleSeries apple = AppleSeries.of(n);
    long[] time = new long[n];
    for (int i = 0; i < n; i++) {
      time[i] = i * DAY;
    }
    return new BarSeries(time, apple.open, apple.high, apple.low, apple.close, apple.volume);
  }

  @Benchmark
  public BacktestResult treeModelStrategy(ModelSetting s) {
    return s.backtester.run(s.strategy, s.bars);
  }

  @Benchmark
  public BacktestResult smaCrossApiExample(Setting s) {
    return s.backtester.run(s.smaCross, s.bars);
  }

  @Benchmark
  public BacktestResult richIndicatorStrategy(Setting s) {
    return s.backtester.run(s.rich, s.bars);
  }
}
