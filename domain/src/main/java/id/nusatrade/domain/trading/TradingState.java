package id.nusatrade.domain.trading;

/**
 * An account's kill switch: ACTIVE trades normally, HALTED refuses every new order, REDUCING
 * accepts only orders that reduce an open position.
 */
public enum TradingState {
  ACTIVE,
  HALTED,
  REDUCING
}
