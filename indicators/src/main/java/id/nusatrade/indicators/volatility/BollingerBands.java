package id.nusatrade.indicators.volatility;

import id.nusatrade.indicators.CloseIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.TaLib;
import id.nusatrade.indicators.stage.RingBuffer;
import id.nusatrade.indicators.stage.SmaStage;

/**
 * Bollinger Bands (TA-Lib BBANDS, SMA middle): {@code middle ± nbDev * population stddev}, the
 * stddev from the running sum of squares around the SMA as TA-Lib computes it.
 */
public final class BollingerBands extends CloseIndicator {
  private final int period;
  private final double nbDev;
  private final SmaStage sma;
  private final RingBuffer closes;
  private double sumSquares;

  public BollingerBands(int period, double nbDev) {
    super(
        Names.multi("bbands", new String[] {"upper", "middle", "lower"}, period, nbDev),
        period - 1);
    this.period = period;
    this.nbDev = nbDev;
    this.sma = new SmaStage(period);
    this.closes = new RingBuffer(period);
  }

  @Override
  protected void onClose(double close) {
    double middle = sma.next(close);
    closes.push(close);
    sumSquares += close * close;
    if (!closes.full()) {
      return;
    }
    double meanSquare = sumSquares / period;
    double oldest = closes.get(period - 1);
    sumSquares -= oldest * oldest;
    meanSquare -= middle * middle;
    double deviation = TaLib.isZeroOrNeg(meanSquare) ? 0.0 : Math.sqrt(meanSquare);
    double width = nbDev == 1.0 ? deviation : deviation * nbDev;
    out[0] = middle + width;
    out[1] = middle;
    out[2] = middle - width;
  }

  @Override
  protected void clear() {
    sma.clear();
    closes.clear();
    sumSquares = 0;
  }
}
