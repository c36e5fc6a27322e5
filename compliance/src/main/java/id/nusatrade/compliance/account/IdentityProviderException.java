package id.nusatrade.compliance.account;

/**
 * The directory could not be reached or answered unexpectedly: a technical failure, the caller
 * retries (a job fails with backoff).
 */
public class IdentityProviderException extends RuntimeException {
  public IdentityProviderException(String message) {
    super(message);
  }

  public IdentityProviderException(String message, Throwable cause) {
    super(message, cause);
  }
}
