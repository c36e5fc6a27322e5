package id.nusatrade.tickstore;

/** A storage failure surfaced through the unchecked domain ports. */
public final class TickStoreException extends RuntimeException {
  public TickStoreException(String message) {
    super(message);
  }

  public TickStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
