package id.nusatrade.domain.billing;

import id.nusatrade.domain.money.Idr;
import java.util.Objects;

/**
 * One charge at the payment gateway. {@code idempotencyKey} makes a retried request return the
 * first charge instead of creating a second one; the amount must be whole rupiah (Midtrans accepts
 * no sen for IDR). {@code cardToken} (from the payment page's card tokenisation) is required for
 * {@link PaymentMethod#CREDIT_CARD} and ignored otherwise.
 */
public record ChargeRequest(
    OrderId orderId,
    Idr grossAmount,
    PaymentMethod method,
    String idempotencyKey,
    String itemName,
    String cardToken) {
  public ChargeRequest {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(itemName, "itemName");
    if (method == PaymentMethod.CREDIT_CARD && (cardToken == null || cardToken.isBlank())) {
      throw new IllegalArgumentException("a card payment needs the card token (cardToken)");
    }
    if (grossAmount.sen() <= 0 || grossAmount.sen() % 100 != 0) {
      throw new IllegalArgumentException(
          "grossAmount must be a positive whole number of rupiah: " + grossAmount.toBigDecimal());
    }
  }
}
