package id.nusatrade.messaging;

/**
 * Thrown by a handler for an event it can never process (unsupported schema version, payload
 * violating its schema): retrying would not help, so the event goes straight to the dead-letter
 * queue with this message as the reason.
 */
public class PoisonEventException extends RuntimeException {
  public PoisonEventException(String reason) {
    super(reason);
  }
}
