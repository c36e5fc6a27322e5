package id.nusatrade.billing.store.jdbc;

/** The database could not do what billing asked (unreachable, refused, or a bug in our SQL). */
public class BillingStoreException extends RuntimeException {
  public BillingStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
