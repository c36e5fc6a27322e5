package id.nusatrade.rules.store;

/** The rule store could not be reached or refused an operation. */
public class RuleStoreException extends RuntimeException {
  public RuleStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
