package id.nusatrade.compliance.audit;

/** The audit store could not be reached or refused an operation. */
public class AuditStoreException extends RuntimeException {
  public AuditStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
