package id.nusatrade.compliance.onboarding;

/** A verification code that is wrong, expired or tried too often (HTTP 422 naming {@code code}). */
public final class InvalidCodeException extends RuntimeException {
  public InvalidCodeException(String message) {
    super(message);
  }

  public String field() {
    return "code";
  }
}
