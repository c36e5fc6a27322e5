package id.nusatrade.workers;

import java.util.Objects;

/**
 * A business outcome the process handles with an error event (for example a rejected probe or a
 * trade refused by risk rules). Thrown by handlers, translated to {@code throwError}; never
 * retried.
 */
public class BpmnErrorException extends RuntimeException {
  private final String errorCode;

  public BpmnErrorException(String errorCode, String message) {
    super(message);
    this.errorCode = Objects.requireNonNull(errorCode);
  }

  public String errorCode() {
    return errorCode;
  }
}
