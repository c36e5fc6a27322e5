package id.nusatrade.rules.model;

/**
 * What the subscriber has used before this request: predictions this billing period, API requests
 * in the last minute, active strategies and symbols.
 */
public record TierUsage(
    long predictionsThisPeriod, long apiRequestsLastMinute, long strategies, long symbols) {}
