package id.nusatrade.compliance.kyc;

/**
 * Identity data that cannot be right (a NIK that is not 16 digits, an impossible date, an applicant
 * too young). Names the field so an API answer and the applicant's resubmission request can point
 * at it.
 */
public final class InvalidIdentityException extends RuntimeException {
  private final String field;

  public InvalidIdentityException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
