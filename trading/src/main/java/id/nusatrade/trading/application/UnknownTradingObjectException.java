package id.nusatrade.trading.application;

/** An account or order the caller's tenant does not have (unknown or another tenant's). */
public final class UnknownTradingObjectException extends RuntimeException {
  public UnknownTradingObjectException(String message) {
    super(message);
  }
}
