package id.nusatrade.server.api;

/** The body of {@code PUT /accounts/{id}/trading-state}: ACTIVE, HALTED or REDUCING. */
public class TradingStateRequest {
  public String state;
}
