package id.nusatrade.domain.billing;

/**
 * A transaction as the gateway reports it (a notification or the status API), with the fields as
 * sent: {@code grossAmount} is the exact text (for example "10000.00"), never re-formatted, because
 * the notification signature covers that text.
 */
public record TransactionStatus(
    String orderId,
    String transactionId,
    String transactionStatus,
    String fraudStatus,
    String statusCode,
    String grossAmount) {}
