package id.nusatrade.billing.apikey;

/**
 * One request against a per-minute limit: whether it is admitted, the limit, the permits left in
 * this window, seconds until the window resets and, when refused, seconds to wait (at least 1).
 */
public record RateDecision(
    boolean admitted, int limit, int remaining, long resetSeconds, long retryAfterSeconds) {}
