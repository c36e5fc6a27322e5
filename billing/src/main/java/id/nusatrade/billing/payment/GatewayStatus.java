package id.nusatrade.billing.payment;

import id.nusatrade.domain.billing.TransactionStatus;
import java.util.Optional;

/**
 * What Midtrans' {@code transaction_status} (with {@code fraud_status} for card captures) means for
 * our payment. Unknown or partial states ({@code partial_refund}, {@code authorize}) map to
 * nothing: the payment keeps its state and the delivery is recorded.
 */
public final class GatewayStatus {
  private GatewayStatus() {}

  public static Optional<PaymentState> toState(TransactionStatus status) {
    String transaction = status.transactionStatus() == null ? "" : status.transactionStatus();
    return switch (transaction) {
      case "settlement" -> Optional.of(PaymentState.PAID);
      case "capture" -> capture(status.fraudStatus());
      case "pending" -> Optional.of(PaymentState.PENDING);
      case "deny", "cancel", "expire", "failure" -> Optional.of(PaymentState.FAILED);
      case "refund" -> Optional.of(PaymentState.REFUNDED);
      default -> Optional.empty();
    };
  }

  /** A card capture is money only once the fraud check accepted it; "challenge" waits. */
  private static Optional<PaymentState> capture(String fraudStatus) {
    if ("accept".equals(fraudStatus)) {
      return Optional.of(PaymentState.PAID);
    }
    if ("deny".equals(fraudStatus)) {
      return Optional.of(PaymentState.FAILED);
    }
    return Optional.of(PaymentState.PENDING);
  }
}
