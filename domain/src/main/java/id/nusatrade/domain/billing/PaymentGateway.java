package id.nusatrade.domain.billing;

/**
 * Port to the payment gateway (Midtrans Core API in production, the local simulator in the embedded
 * run). Both calls throw {@link PaymentGatewayException} when the gateway cannot be reached or
 * refuses.
 */
public interface PaymentGateway {
  ChargeResult charge(ChargeRequest request);

  /** The gateway's current view of an order: what a notification is checked against. */
  TransactionStatus status(OrderId orderId);
}
