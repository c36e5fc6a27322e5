package id.nusatrade.indicators.momentum;

import id.nusatrade.indicators.CloseIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.EmaStage;

/**
 * MACD with TA-Lib's alignment: both EMAs end their seed on bar {@code slow-1} (the fast EMA is
 * seeded from bars {@code slow-fast .. slow-1}), the signal EMA is seeded on the first {@code
 * signal} MACD values, and all three outputs start at {@code slow-1 + signal-1}.
 */
public final class Macd extends CloseIndicator {
  private final int fastDelay;
  private final EmaStage fast;
  private final EmaStage slow;
  private final EmaStage signal;
  private long bars;

  public Macd(int fastPeriod, int slowPeriod, int signalPeriod) {
    super(
        Names.multi(
            "macd", new String[] {"", "signal", "hist"}, fastPeriod, slowPeriod, signalPeriod),
        Math.max(fastPeriod, slowPeriod) - 1 + signalPeriod - 1);
    int shorter = Math.min(fastPeriod, slowPeriod);
    int longer = Math.max(fastPeriod, slowPeriod);
    fastDelay = longer - shorter;
    fast = new EmaStage(shorter);
    slow = new EmaStage(longer);
    signal = new EmaStage(signalPeriod);
  }

  @Override
  protected void onClose(double close) {
    double s = slow.next(close);
    if (bars++ < fastDelay) {
      return;
    }
    double f = fast.next(close);
    if (!slow.ready()) {
      return;
    }
    double macd = f - s;
    double sig = signal.next(macd);
    if (signal.ready()) {
      out[0] = macd;
      out[1] = sig;
      out[2] = macd - sig;
    }
  }

  @Override
  protected void clear() {
    fast.clear();
    slow.clear();
    signal.clear();
    bars = 0;
  }
}
