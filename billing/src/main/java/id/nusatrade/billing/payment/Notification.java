package id.nusatrade.billing.payment;

/**
 * A payment notification's fields as received, as text: {@code grossAmount} stays exactly as sent
 * ("10000.00"), because the signature covers that text.
 */
public record Notification(
    String orderId,
    String statusCode,
    String grossAmount,
    String signatureKey,
    String transactionStatus,
    String fraudStatus,
    String transactionId) {}
