package id.nusatrade.compliance.review;

/** The review store could not be read or written (technical: retried or a 500). */
public final class ReviewStoreException extends RuntimeException {
  public ReviewStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
