package id.nusatrade.indicators.momentum;

import id.nusatrade.indicators.CloseIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.RingBuffer;

/** The close against the close {@code period} bars ago: TA-Lib ROC, ROCP, ROCR, ROCR100, MOM. */
public final class RateOfChange extends CloseIndicator {
  /** Which comparison; TA-Lib yields 0 when the old close is 0 (except MOM). */
  public enum Kind {
    ROC,
    ROCP,
    ROCR,
    ROCR100,
    MOM
  }

  private final Kind kind;
  private final int period;
  private final RingBuffer closes;

  public RateOfChange(Kind kind, int period) {
    super(Names.single(kind.name().toLowerCase(java.util.Locale.ROOT), period), period);
    this.kind = kind;
    this.period = period;
    this.closes = new RingBuffer(period + 1);
  }

  @Override
  protected void onClose(double close) {
    closes.push(close);
    if (closes.full()) {
      out[0] = compare(close, closes.get(period));
    }
  }

  private double compare(double now, double then) {
    if (kind == Kind.MOM) {
      return now - then;
    }
    if (then == 0.0) {
      return 0.0;
    }
    return switch (kind) {
      case ROC -> ((now / then) - 1.0) * 100.0;
      case ROCP -> (now - then) / then;
      case ROCR -> now / then;
      default -> (now / then) * 100.0;
    };
  }

  @Override
  protected void clear() {
    closes.clear();
  }
}
