package id.nusatrade.backtest.engine;

import id.nusatrade.trading.fill.Side;
import java.math.BigDecimal;

/**
 * One round trip. {@code pnl} is net of commissions (spread and slippage are in the prices): {@code
 * sign × (exitPrice − entryPrice) × quantity − entry and exit commissions}. Bar indexes are of the
 * bars whose prices filled.
 */
public record Trade(
    Side side,
    long entryTime,
    double entryPrice,
    long exitTime,
    double exitPrice,
    BigDecimal quantity,
    BigDecimal pnl,
    int entryBar,
    int exitBar,
    ExitReason exitReason) {

  /** Why a trade closed. */
  public enum ExitReason {
    SIGNAL,
    REVERSE,
    STOP_LOSS,
    TAKE_PROFIT,
    TRAILING_STOP,
    TIME_EXIT,
    END_OF_DATA
  }
}
