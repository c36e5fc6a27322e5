package id.nusatrade.indicators.volatility;

import id.nusatrade.indicators.BarIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.AtrStage;
import id.nusatrade.indicators.stage.EmaStage;

/**
 * Keltner channels as StockCharts publishes them (Raschke's version): middle = EMA of the close,
 * bands = middle ± multiplier * ATR. EMA and ATR are TA-Lib's, so the lookback is the larger of
 * {@code emaPeriod-1} and {@code atrPeriod}.
 */
public final class KeltnerChannels extends BarIndicator {
  private final double multiplier;
  private final EmaStage ema;
  private final AtrStage atr;

  public KeltnerChannels(int emaPeriod, double multiplier, int atrPeriod) {
    super(
        Names.multi(
            "keltner", new String[] {"upper", "middle", "lower"}, emaPeriod, multiplier, atrPeriod),
        Math.max(emaPeriod - 1, atrPeriod));
    this.multiplier = multiplier;
    this.ema = new EmaStage(emaPeriod);
    this.atr = new AtrStage(atrPeriod);
  }

  @Override
  protected void onBar(long time, double open, double high, double low, double close, double vol) {
    double middle = ema.next(close);
    double range = atr.next(high, low, close);
    if (!Double.isNaN(middle) && !Double.isNaN(range)) {
      out[0] = middle + multiplier * range;
      out[1] = middle;
      out[2] = middle - multiplier * range;
    }
  }

  @Override
  protected void clear() {
    ema.clear();
    atr.clear();
  }
}
