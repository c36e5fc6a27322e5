package id.nusatrade.rules.model;

/**
 * An account's trading state: ACTIVE trades normally, HALTED places no new orders (kill switch or
 * maximum daily loss), REDUCING may only place orders that reduce its exposure.
 */
public enum TradingState {
  ACTIVE,
  HALTED,
  REDUCING
}
