package id.nusatrade.server.api;

/**
 * The request itself is malformed (HTTP 400). Plain Java, so request parsing is testable without a
 * JAX-RS runtime; {@link ProblemMapper} turns it into a problem document.
 */
public class InvalidRequestException extends RuntimeException {
  public InvalidRequestException(String message) {
    super(message);
  }
}
