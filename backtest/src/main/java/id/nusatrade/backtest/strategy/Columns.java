package id.nusatrade.backtest.strategy;

import id.nusatrade.backtest.engine.BarSeries;
import id.nusatrade.indicators.Indicator;
import id.nusatrade.indicators.IndicatorRegistry;
import java.util.HashMap;
import java.util.Map;

/**
 * The columns of one run: bar prices as they are, and each indicator computed once, bar by bar,
 * with the same incremental indicators the live fast path runs (one {@code update} per closed bar;
 * the value stored at bar i depends on bars 0..i only).
 */
public final class Columns {
  private final BarSeries bars;
  private final IndicatorRegistry registry;
  private final Map<String, double[][]> indicators = new HashMap<>();

  public Columns(BarSeries bars, IndicatorRegistry registry) {
    this.bars = bars;
    this.registry = registry;
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
    };
  }

  private double[][] run(String token) {
    Indicator indicator = registry.create(token);
    int n = bars.size();
    int outputs = indicator.outputs();
    double[][] out = new double[outputs][n];
    long[] time = bars.time();
    double[] open = bars.open();
    double[] high = bars.high();
    double[] low = bars.low();
    double[] close = bars.close();
    double[] volume = bars.volume();
    for (int i = 0; i < n; i++) {
      indicator.update(time[i], open[i], high[i], low[i], close[i], volume[i]);
      for (int k = 0; k < outputs; k++) {
        out[k][i] = indicator.value(k);
      }
    }
    return out;
  }
}
