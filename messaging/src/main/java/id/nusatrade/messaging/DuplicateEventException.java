package id.nusatrade.messaging;

/**
 * The broker refused a batch because it already took an event with one of the batch's ids
 * (duplicate detection): the whole transaction is rolled back, so a producer that resends events it
 * may have published before sends them one by one and skips those refused as duplicates.
 */
public class DuplicateEventException extends EventBusException {
  public DuplicateEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
