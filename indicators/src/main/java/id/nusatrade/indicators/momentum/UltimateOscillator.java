package id.nusatrade.indicators.momentum;

import id.nusatrade.indicators.BarIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.TaLib;
import id.nusatrade.indicators.stage.RingBuffer;

/**
 * Ultimate oscillator (TA-Lib ULTOSC): buying pressure over true range on three windows weighted
 * 4:2:1, shortest first (TA-Lib sorts the periods). Each window's sums start where TA-Lib primes
 * them, so rounding matches.
 */
public final class UltimateOscillator extends BarIndicator {
  private final int[] periods;
  private final double[] pressure = new double[3];
  private final double[] range = new double[3];
  private final RingBuffer pressures;
  private final RingBuffer ranges;
  private long bar = -1;
  private double prevClose;

  public UltimateOscillator(int p1, int p2, int p3) {
    super(Names.single("ultosc", p1, p2, p3), Math.max(p1, Math.max(p2, p3)));
    periods = new int[] {p1, p2, p3};
    java.util.Arrays.sort(periods);
    pressures = new RingBuffer(periods[2]);
    ranges = new RingBuffer(periods[2]);
  }

  @Override
  protected void onBar(long time, double open, double high, double low, double close, double vol) {
    bar++;
    if (bar > 0) {
      double trueLow = Math.min(low, prevClose);
      pressures.push(close - trueLow);
      ranges.push(TaLib.trueRange(high, low, prevClose));
      accumulate();
    }
    prevClose = close;
  }

  private void accumulate() {
    int longest = periods[2];
    for (int i = 0; i < 3; i++) {
      if (bar > longest - periods[i]) {
        pressure[i] += pressures.get(0);
        range[i] += ranges.get(0);
      }
    }
    if (bar < longest) {
      return;
    }
    double output = 0.0;
    output += TaLib.isZero(range[0]) ? 0.0 : 4.0 * (pressure[0] / range[0]);
    output += TaLib.isZero(range[1]) ? 0.0 : 2.0 * (pressure[1] / range[1]);
    output += TaLib.isZero(range[2]) ? 0.0 : pressure[2] / range[2];
    for (int i = 0; i < 3; i++) {
      pressure[i] -= pressures.get(periods[i] - 1);
      range[i] -= ranges.get(periods[i] - 1);
    }
    out[0] = 100.0 * (output / 7.0);
  }

  @Override
  protected void clear() {
    java.util.Arrays.fill(pressure, 0);
    java.util.Arrays.fill(range, 0);
    pressures.clear();
    ranges.clear();
    bar = -1;
    prevClose = 0;
  }
}
