package id.nusatrade.backtest.strategy;

import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.indicators.IndicatorRegistry;
import id.nusatrade.indicators.IndicatorSet;
import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.market.bars.IndicatorBank;
import id.nusatrade.signals.BarSignals;
import id.nusatrade.signals.Decision;
import id.nusatrade.signals.Direction;
import java.util.HashMap;
import java.util.Map;

/**
 * The columns of one run: bar prices as they are, and each indicator computed once, bar by bar,
 * with the same incremental indicators the live fast path runs (one {@code update} per closed bar;
 * the value stored at bar i depends on bars 0..i only).
 */
public final class Columns {
  /** The bank's timeframe slot for the run's one series (only a key here: one series per run). */
  private static final Timeframe SERIES = Timeframe.M1;

  private final BarSeries bars;
  private final IndicatorRegistry registry;
  private final Map<String, double[][]> indicators = new HashMap<>();

  private final BarSignals model;
  private double[][] modelColumns;

  public Columns(BarSeries bars, IndicatorRegistry registry) {
    this(bars, registry, null);
  }

  /**
   * With a loaded model ({@code null}: none) whose decisions become the {@code model.*} columns:
   * the decision stored at bar i is the one taken on bar i's close from bars 0..i.
   */
  public Columns(BarSeries bars, IndicatorRegistry registry, BarSignals model) {
    this.bars = bars;
    this.registry = registry;
    this.model = model;
  }

  public BarSeries bars() {
    return bars;
  }

  public double[] column(Series series) {
    return switch (series) {
      case Series.Price p ->
          switch (p.field()) {
            case OPEN -> bars.open();
            case HIGH -> bars.high();
            case LOW -> bars.low();
            case CLOSE -> bars.close();
            case VOLUME -> bars.volume();
          };
      case Series.IndicatorOutput o -> indicators.computeIfAbsent(o.token(), this::run)[o.output()];
      case Series.Model m -> modelColumns()[m.output().ordinal()];
    };
  }

  private double[][] modelColumns() {
    if (modelColumns != null) {
      return modelColumns;
    }
    if (model == null) {
      throw new IllegalArgumentException("the strategy reads model.* but no --model was given");
    }
    int n = bars.size();
    double[][] out = new double[Series.ModelOutput.values().length][n];
    long[] time = bars.time();
    double[] open = bars.open();
    double[] high = bars.high();
    double[] low = bars.low();
    double[] close = bars.close();
    double[] volume = bars.volume();
    model.reset();
    for (int i = 0; i < n; i++) {
      Decision d = model.onBar(time[i], open[i], high[i], low[i], close[i], volume[i]);
      Direction dir = d.warm() ? d.direction() : Direction.HOLD;
      out[Series.ModelOutput.PROBABILITY.ordinal()][i] = d.warm() ? d.probabilityUp() : Double.NaN;
      out[Series.ModelOutput.SIGNAL.ordinal()][i] =
          dir == Direction.BUY ? 1 : dir == Direction.SELL ? -1 : 0;
      out[Series.ModelOutput.BUY.ordinal()][i] = dir == Direction.BUY ? 1 : 0;
      out[Series.ModelOutput.SELL.ordinal()][i] = dir == Direction.SELL ? 1 : 0;
    }
    modelColumns = out;
    return out;
  }

  /**
   * One indicator over the bars through the market core's {@link IndicatorBank}, as the live
   * gateway computes it on each closed bar.
   */
  private double[][] run(String token) {
    int n = bars.size();
    int outputs = registry.create(token).outputs();
    double[][] out = new double[outputs][n];
    double[] row = new double[outputs];
    int[] at = new int[1];
    IndicatorBank bank =
        new IndicatorBank(
            1,
            s -> IndicatorSet.parse(token, registry),
            (s, tf, openTime, names, set) -> {
              set.values(row);
              for (int k = 0; k < outputs; k++) {
                out[k][at[0]] = row[k];
              }
            });
    long[] time = bars.time();
    double[] open = bars.open();
    double[] high = bars.high();
    double[] low = bars.low();
    double[] close = bars.close();
    double[] volume = bars.volume();
    for (int i = 0; i < n; i++) {
      at[0] = i;
      bank.barClosed(0, SERIES, time[i], open[i], high[i], low[i], close[i], volume[i]);
    }
    return out;
  }
}
