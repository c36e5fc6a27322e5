package id.nusatrade.domain.market;

/** A market-data request that is malformed: a missing symbol, a bad timeframe or limit. */
public final class InvalidMarketQueryException extends IllegalArgumentException {
  public InvalidMarketQueryException(String message) {
    super(message);
  }
}
