package id.nusatrade.indicators.average;

import id.nusatrade.indicators.CloseIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.TaLib;
import id.nusatrade.indicators.stage.RingBuffer;

/**
 * Kaufman's adaptive moving average (TA-Lib KAMA): efficiency ratio over {@code period} changes,
 * smoothing between the 2- and 30-bar EMA constants, started from the close of bar {@code
 * period-1}.
 */
public final class Kama extends CloseIndicator {
  private static final double CONST_MAX = 2.0 / (30.0 + 1.0);
  private static final double CONST_DIFF = (2.0 / (2.0 + 1.0)) - CONST_MAX;
  private final int period;
  private final RingBuffer closes;
  private double sumRoc;
  private double kama;

  public Kama(int period) {
    super(Names.single("kama", period), period);
    this.period = period;
    this.closes = new RingBuffer(period + 2);
  }

  @Override
  protected void onClose(double close) {
    closes.push(close);
    long n = closes.count() - 1;
    if (n == 0) {
      return;
    }
    if (n > period) {
      sumRoc -= Math.abs(closes.get(period + 1) - closes.get(period));
    } else if (n == period) {
      kama = closes.get(1);
    }
    sumRoc += Math.abs(closes.get(1) - close);
    if (n >= period) {
      out[0] = step(close, close - closes.get(period));
    }
  }

  private double step(double close, double periodRoc) {
    double er;
    if (sumRoc <= periodRoc || TaLib.isZero(sumRoc)) {
      er = 1.0;
    } else {
      er = Math.abs(periodRoc / sumRoc);
    }
    double sc = (er * CONST_DIFF) + CONST_MAX;
    sc *= sc;
    kama = ((close - kama) * sc) + kama;
    return kama;
  }

  @Override
  protected void clear() {
    closes.clear();
    sumRoc = 0;
    kama = 0;
  }
}
