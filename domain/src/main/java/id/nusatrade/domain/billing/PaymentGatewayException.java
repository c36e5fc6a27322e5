package id.nusatrade.domain.billing;

/**
 * The payment gateway could not do what was asked. {@code retryable} is true for failures where the
 * same request may succeed later (network, 5xx); false when the gateway refused it.
 */
public class PaymentGatewayException extends RuntimeException {
  private final boolean retryable;

  public PaymentGatewayException(String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  public boolean retryable() {
    return retryable;
  }
}
