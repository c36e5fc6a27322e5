package id.nusatrade.trading.engine;

import id.nusatrade.domain.trading.Order;

/**
 * The order an intent became, and whether it was already known (same client order id: the intent
 * was not evaluated again and nothing was sent).
 */
public record SubmitResult(Order order, boolean duplicate) {}
