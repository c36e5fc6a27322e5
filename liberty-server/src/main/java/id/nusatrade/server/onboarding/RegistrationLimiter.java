package id.nusatrade.server.onboarding;

import id.nusatrade.billing.apikey.ApiRateLimiter;
import id.nusatrade.billing.apikey.RateDecision;

/**
 * The public registration's limit per client address, on the same resilience4j limiter as the API
 * keys' (its own windows).
 */
public final class RegistrationLimiter {
  private final ApiRateLimiter limiter;
  private final int perMinute;

  public RegistrationLimiter(ApiRateLimiter limiter, int perMinute) {
    this.limiter = limiter;
    this.perMinute = perMinute;
  }

  public RateDecision admit(String clientAddress) {
    return limiter.acquire("onboarding:" + clientAddress, perMinute);
  }
}
