package id.nusatrade.messaging.json;

/** A message that is not a valid event envelope; the reason says which rule it broke. */
public class UnreadableEventException extends Exception {
  public UnreadableEventException(String reason) {
    super(reason);
  }

  public UnreadableEventException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
