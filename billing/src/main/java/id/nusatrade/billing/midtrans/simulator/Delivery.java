package id.nusatrade.billing.midtrans.simulator;

/**
 * One notification delivery: which order, which status it claimed, and the HTTP status it was
 * answered ({@code -1}: unreachable).
 */
public record Delivery(String orderId, String transactionStatus, int httpStatus) {}
