package id.nusatrade.indicators.trend;

import id.nusatrade.indicators.BarIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.DirectionalState;
import java.util.Locale;

/** TA-Lib PLUS_DM, MINUS_DM (from bar period-1), PLUS_DI, MINUS_DI and DX (from bar period). */
public final class DirectionalMovement extends BarIndicator {
  /** Which line of Wilder's system. */
  public enum Kind {
    PLUS_DM,
    MINUS_DM,
    PLUS_DI,
    MINUS_DI,
    DX
  }

  private final Kind kind;
  private final DirectionalState state;

  public DirectionalMovement(Kind kind, int period) {
    super(
        Names.single(kind.name().toLowerCase(Locale.ROOT), period),
        kind == Kind.PLUS_DM || kind == Kind.MINUS_DM ? period - 1 : period);
    this.kind = kind;
    this.state = new DirectionalState(period);
  }

  @Override
  protected void onBar(long time, double open, double high, double low, double close, double vol) {
    state.next(high, low, close);
    if (state.bar() < lookback()) {
      return;
    }
    out[0] =
        switch (kind) {
          case PLUS_DM -> state.plusDm();
          case MINUS_DM -> state.minusDm();
          case PLUS_DI -> state.plusDi();
          case MINUS_DI -> state.minusDi();
          case DX -> dx();
        };
  }

  private double dx() {
    double dx = state.dx();
    if (!Double.isNaN(dx)) {
      return dx;
    }
    return Double.isNaN(out[0]) ? 0.0 : out[0];
  }

  @Override
  protected void clear() {
    state.clear();
  }
}
