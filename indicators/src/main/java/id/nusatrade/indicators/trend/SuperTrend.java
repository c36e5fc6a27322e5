package id.nusatrade.indicators.trend;

import id.nusatrade.indicators.BarIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.AtrStage;

/**
 * SuperTrend (Olivier Seban), with the band-ratchet and flip rules of TradingView's published
 * {@code ta.supertrend}: bands {@code hl2 ± multiplier * ATR}, the upper band only falls and the
 * lower only rises while the previous close stays inside, and the line flips when the close crosses
 * it. The ATR is TA-Lib's (Wilder, first true range from the second bar); the first defined bar
 * starts in a downtrend, as TradingView does. Outputs: the line and the direction ({@code +1} up,
 * {@code -1} down).
 */
public final class SuperTrend extends BarIndicator {
  private final double multiplier;
  private final AtrStage atr;
  private boolean started;
  private double upper;
  private double lower;
  private double prevClose;
  private boolean up;

  public SuperTrend(int period, double multiplier) {
    super(Names.multi("supertrend", new String[] {"", "dir"}, period, multiplier), period);
    this.multiplier = multiplier;
    this.atr = new AtrStage(period);
  }

  @Override
  protected void onBar(long time, double open, double high, double low, double close, double vol) {
    double range = atr.next(high, low, close);
    if (!Double.isNaN(range)) {
      double mid = (high + low) / 2.0;
      step(mid + multiplier * range, mid - multiplier * range, close);
      out[0] = up ? lower : upper;
      out[1] = up ? 1.0 : -1.0;
    }
    prevClose = close;
  }

  private void step(double basicUpper, double basicLower, double close) {
    if (!started) {
      started = true;
      upper = basicUpper;
      lower = basicLower;
      up = false;
      return;
    }
    double prevUpper = upper;
    double prevLower = lower;
    lower = basicLower > prevLower || prevClose < prevLower ? basicLower : prevLower;
    upper = basicUpper < prevUpper || prevClose > prevUpper ? basicUpper : prevUpper;
    up = up ? close >= lower : close > upper;
  }

  @Override
  protected void clear() {
    atr.clear();
    started = false;
    upper = 0;
    lower = 0;
    prevClose = 0;
    up = false;
  }
}
