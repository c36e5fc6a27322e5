package id.nusatrade.compliance.onboarding;

/** The application store could not be read or written (a technical failure, HTTP 500). */
public final class ApplicationStoreException extends RuntimeException {
  public ApplicationStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
