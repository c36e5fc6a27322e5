package id.nusatrade.billing.subscription;

/** A billing request that cannot be done as asked; the message is written for the caller. */
public class BillingException extends RuntimeException {
  /** What kind of refusal, so an HTTP adapter can pick the status. */
  public enum Kind {
    UNKNOWN_PLAN,
    INVALID_REQUEST,
    CONFLICT,
    NOT_FOUND
  }

  private final Kind kind;

  public BillingException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
