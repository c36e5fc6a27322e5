package id.nusatrade.indicators.momentum;

import id.nusatrade.indicators.CloseIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.TaLib;
import id.nusatrade.indicators.stage.SmaStage;

/**
 * Absolute and percentage price oscillators (TA-Lib APO and PPO with their default SMA): {@code
 * fast - slow} and {@code 100 * (fast - slow) / slow}.
 */
public final class PriceOscillator extends CloseIndicator {
  private final boolean percentage;
  private final SmaStage fast;
  private final SmaStage slow;

  private PriceOscillator(String name, boolean percentage, int fastPeriod, int slowPeriod) {
    super(Names.single(name, fastPeriod, slowPeriod), Math.max(fastPeriod, slowPeriod) - 1);
    this.percentage = percentage;
    fast = new SmaStage(Math.min(fastPeriod, slowPeriod));
    slow = new SmaStage(Math.max(fastPeriod, slowPeriod));
  }

  public static PriceOscillator apo(int fastPeriod, int slowPeriod) {
    return new PriceOscillator("apo", false, fastPeriod, slowPeriod);
  }

  public static PriceOscillator ppo(int fastPeriod, int slowPeriod) {
    return new PriceOscillator("ppo", true, fastPeriod, slowPeriod);
  }

  @Override
  protected void onClose(double close) {
    double f = fast.next(close);
    double s = slow.next(close);
    if (!slow.ready()) {
      return;
    }
    if (!percentage) {
      out[0] = f - s;
    } else {
      out[0] = TaLib.isZero(s) ? 0.0 : ((f - s) / s) * 100.0;
    }
  }

  @Override
  protected void clear() {
    fast.clear();
    slow.clear();
  }
}
