package id.nusatrade.rules.model;

/** How many orders the account placed in the second before this intent (see OrderRateWindow). */
public record OrderRate(int ordersLastSecond) {}
