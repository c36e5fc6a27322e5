package id.nusatrade.platform.jdbc;

/** A unit of tenant-scoped database work failed; the message names the tenant. */
public class TenantJdbcException extends RuntimeException {
  public TenantJdbcException(String message, Throwable cause) {
    super(message, cause);
  }
}
