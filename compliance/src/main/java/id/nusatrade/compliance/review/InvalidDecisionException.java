package id.nusatrade.compliance.review;

/** A decision that cannot be accepted as sent; names the field (HTTP 422). */
public final class InvalidDecisionException extends RuntimeException {
  private final String field;

  public InvalidDecisionException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
