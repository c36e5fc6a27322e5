package id.nusatrade.billing.payment;

import id.nusatrade.billing.invoice.InvoiceId;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.billing.PaymentMethod;
import id.nusatrade.domain.money.Idr;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One charge of one invoice (at most one per invoice: the order id is derived from the invoice).
 * {@code transactionId} is empty until the gateway accepted the charge; a payment without one is
 * charged again, with the same idempotency key, when the request is retried.
 */
public record Payment(
    OrderId orderId,
    TenantId tenant,
    InvoiceId invoice,
    PaymentMethod method,
    Idr grossAmount,
    PaymentState state,
    String gatewayStatus,
    Optional<String> transactionId,
    Map<String, String> instructions,
    Instant createdAt,
    Instant updatedAt) {
  public Payment {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(grossAmount, "grossAmount");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(transactionId, "transactionId");
    instructions = Map.copyOf(instructions);
  }

  /** The order id of an invoice's one charge. */
  public static OrderId orderIdOf(InvoiceId invoice) {
    return new OrderId("nt-" + invoice.value());
  }

  public boolean charged() {
    return transactionId.isPresent();
  }

  /** The amount as Midtrans writes it back in notifications: "331890.00". */
  public String grossAmountText() {
    return grossAmount.toBigDecimal().toPlainString();
  }

  public Payment charged(
      String transaction, String status, Map<String, String> details, Instant at) {
    return new Payment(
        orderId,
        tenant,
        invoice,
        method,
        grossAmount,
        state,
        status,
        Optional.of(transaction),
        details,
        createdAt,
        at);
  }

  public Payment moved(PaymentState next, String status, Instant at) {
    return new Payment(
        orderId,
        tenant,
        invoice,
        method,
        grossAmount,
        next,
        status,
        transactionId,
        instructions,
        createdAt,
        at);
  }
}
