package id.nusatrade.domain.trading;

/** How an order executes: at the market, at a limit price or better, or once a stop is reached. */
public enum OrderType {
  MARKET,
  LIMIT,
  STOP
}
