package id.nusatrade.domain.market;

/**
 * One validated quote from a terminal. Prices are doubles because MT5 sends them so and indicators
 * compute in double; money (account balances, invoices) never uses double.
 */
public record Tick(
    String symbol, long timeMillis, double bid, double ask, double last, long volume, int flags) {}
