package id.nusatrade.domain.billing;

/**
 * Port to the payment gateway (Midtrans Core API in production, the local simulator in the embedded
 * run). Every call throws {@link PaymentGatewayException} when the gateway cannot be reached or
 * refuses.
 */
public interface PaymentGateway {
  ChargeResult charge(ChargeRequest request);

  /** The gateway's current view of an order: what a notification is checked against. */
  TransactionStatus status(OrderId orderId);

  /**
   * Cancels a transaction still pending (an expired VA, QR or deeplink), so it can no longer be
   * paid; answers the transaction as the gateway left it. A transaction that cannot be cancelled
   * (already settled, cancelled or expired, or unknown) is a non-retryable refusal: ask {@link
   * #status} what it is.
   */
  TransactionStatus cancel(OrderId orderId);
}
