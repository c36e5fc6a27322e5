package id.nusatrade.indicators.volatility;

import id.nusatrade.indicators.CloseIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.TaLib;
import id.nusatrade.indicators.stage.RingBuffer;

/** Population variance (TA-Lib VAR) and standard deviation times nbDev (TA-Lib STDDEV). */
public final class Deviation extends CloseIndicator {
  private final boolean root;
  private final int period;
  private final double nbDev;
  private final RingBuffer closes;
  private double total;
  private double totalSquares;

  private Deviation(String[] names, boolean root, int period, double nbDev) {
    super(names, period - 1);
    this.root = root;
    this.period = period;
    this.nbDev = nbDev;
    this.closes = new RingBuffer(period);
  }

  public static Deviation stddev(int period, double nbDev) {
    return new Deviation(Names.single("stddev", period, nbDev), true, period, nbDev);
  }

  public static Deviation variance(int period) {
    return new Deviation(Names.single("var", period), false, period, 1.0);
  }

  @Override
  protected void onClose(double close) {
    closes.push(close);
    total += close;
    totalSquares += close * close;
    if (!closes.full()) {
      return;
    }
    double mean = total / period;
    double meanSquare = totalSquares / period;
    double oldest = closes.get(period - 1);
    total -= oldest;
    totalSquares -= oldest * oldest;
    double variance = meanSquare - mean * mean;
    if (!root) {
      out[0] = variance;
    } else {
      out[0] = TaLib.isZeroOrNeg(variance) ? 0.0 : Math.sqrt(variance) * nbDev;
    }
  }

  @Override
  protected void clear() {
    closes.clear();
    total = 0;
    totalSquares = 0;
  }
}
