package id.nusatrade.backtest.service;

/**
 * A request that cannot run: a bad strategy or costs file (the message names the line and column),
 * a malformed bar upload (the line), an unknown fill mode, no bars in the range. Nothing is stored
 * or started.
 */
public final class InvalidBacktestException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public InvalidBacktestException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The request field at fault: strategy, costs, data, fill or equity. */
  public String field() {
    return field;
  }
}
