package id.nusatrade.server.persistence;

/** The database could not do what was asked (unreachable, refused, or a bug in our SQL). */
public class PersistenceException extends RuntimeException {
  public PersistenceException(String message, Throwable cause) {
    super(message, cause);
  }
}
