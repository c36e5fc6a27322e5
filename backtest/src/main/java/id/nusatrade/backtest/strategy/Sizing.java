package id.nusatrade.backtest.strategy;

import java.math.BigDecimal;

/**
 * Position size: fixed {@code UNITS}; {@code RISK_PERCENT} of equity lost if the stop-loss fills
 * (quantity = equity × percent / 100 / stop distance; needs a stop-loss); or {@code EQUITY_PERCENT}
 * of equity as notional (quantity = equity × percent / 100 / entry price). Computed quantities are
 * rounded down to {@code step}.
 */
public record Sizing(Kind kind, BigDecimal value, BigDecimal step) {
  /** The sizing rule. */
  public enum Kind {
    UNITS,
    RISK_PERCENT,
    EQUITY_PERCENT
  }
}
