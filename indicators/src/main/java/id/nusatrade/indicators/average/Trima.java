package id.nusatrade.indicators.average;

import id.nusatrade.indicators.CloseIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.SmaStage;

/**
 * Triangular moving average (TA-Lib TRIMA): the SMA of an SMA whose lengths give TA-Lib's weights
 * 1,2,..,n,..,2,1 — {@code (p+1)/2} twice for odd periods, {@code p/2+1} then {@code p/2} for even.
 */
public final class Trima extends CloseIndicator {
  private final SmaStage inner;
  private final SmaStage outer;

  public Trima(int period) {
    super(Names.single("trima", period), period - 1);
    int half = period >> 1;
    boolean odd = (period & 1) == 1;
    inner = new SmaStage(half + 1);
    outer = new SmaStage(odd ? half + 1 : half);
  }

  @Override
  protected void onClose(double close) {
    double first = inner.next(close);
    if (inner.ready()) {
      out[0] = outer.next(first);
    }
  }

  @Override
  protected void clear() {
    inner.clear();
    outer.clear();
  }
}
