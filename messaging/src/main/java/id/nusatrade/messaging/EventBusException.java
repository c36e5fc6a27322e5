package id.nusatrade.messaging;

/**
 * The bus could not take or hand over events (broker unreachable, transaction rolled back during
 * fail-over). Publishing again is safe: the broker drops duplicates by event id.
 */
public class EventBusException extends RuntimeException {
  public EventBusException(String message, Throwable cause) {
    super(message, cause);
  }
}
