package id.nusatrade.backtest.engine;

import id.nusatrade.trading.fill.Side;
import java.math.BigDecimal;

/** The open position of a simulation (at most one) and its protective levels. */
final class Position {
  Side side;
  double entryPrice;
  BigDecimal quantity;
  double quantityValue;
  BigDecimal entryCommission;
  int entryBar;
  boolean enteredAtOpen;
  double stopLoss;
  double takeProfit;
  double trailDistance;
  double trailExtreme;

  boolean open() {
    return side != null;
  }

  int sign() {
    return side == null ? 0 : side.sign();
  }

  /** The trailing stop level now ({@code NaN} without a trailing stop). */
  double trailLevel() {
    return Double.isNaN(trailDistance) ? Double.NaN : trailExtreme - side.sign() * trailDistance;
  }

  /** Moves the trailing extreme with a bar's range (after that bar's stops were checked). */
  void trail(double high, double low) {
    trailExtreme = side == Side.BUY ? Math.max(trailExtreme, high) : Math.min(trailExtreme, low);
  }

  /** Bars closed while open, counting the entry bar when the fill was at its open. */
  int barsHeld(int bar) {
    return bar - entryBar + (enteredAtOpen ? 1 : 0);
  }

  void clear() {
    side = null;
  }
}
