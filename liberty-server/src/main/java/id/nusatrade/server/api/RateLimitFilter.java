package id.nusatrade.server.api;

import id.nusatrade.billing.apikey.ApiCallGate;
import id.nusatrade.billing.apikey.RateDecision;
import id.nusatrade.server.security.ApiKeyCaller;
import id.nusatrade.server.security.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The tier's per-minute limit on the programmatic API, per API key: over it, 429 with {@code
 * Retry-After}; every limited answer carries {@code X-RateLimit-Limit}, {@code -Remaining} and
 * {@code -Reset} (seconds). An admitted call is metered as an API call once per request id ({@code
 * X-Request-Id} when the client sends a usable one, so a retry counts once). Calls with a user's
 * own token (the web UI, the CLI, a person trying the API) and public endpoints are neither limited
 * nor metered: the tier's API quota is what its keys may spend. Runs after authorization, so
 * refused (401/403) calls spend nothing.
 */
@Provider
@Priority(Priorities.USER)
public class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {
  static final String REQUEST_ID = "X-Request-Id";
  private static final String DECISION = RateLimitFilter.class.getName() + ".decision";
  private static final Pattern USABLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  @Inject ApiCallGate gate;

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<ApiCallGate.ApiCall> call = call(request);
    if (call.isEmpty()) {
      return;
    }
    RateDecision decision = gate.admit(call.get());
    request.setProperty(DECISION, decision);
    if (!decision.admitted()) {
      request.abortWith(
          jakarta.ws.rs.core.Response.fromResponse(
                  Problem.response(
                      429,
                      "Too Many Requests",
                      "over the tier's limit of %d API requests per minute; retry in %d s"
                          .formatted(decision.limit(), decision.retryAfterSeconds())))
              .header("Retry-After", decision.retryAfterSeconds())
              .build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(DECISION) instanceof RateDecision decision) {
      MultivaluedMap<String, Object> headers = response.getHeaders();
      headers.putSingle("X-RateLimit-Limit", decision.limit());
      headers.putSingle("X-RateLimit-Remaining", decision.remaining());
      headers.putSingle("X-RateLimit-Reset", decision.resetSeconds());
    }
  }

  private static Optional<ApiCallGate.ApiCall> call(ContainerRequestContext request) {
    String requestId = requestId(request.getHeaderString(REQUEST_ID));
    Optional<ApiKeyCaller> byKey = ApiKeyCaller.current();
    if (byKey.isPresent()) {
      Caller caller = byKey.get().caller();
      String keyId = byKey.get().keyId();
      return caller
          .tenant()
          .map(t -> new ApiCallGate.ApiCall(t, "key:" + keyId, Optional.of(keyId), requestId));
    }
    return Optional.empty();
  }

  private static String requestId(String header) {
    String id =
        header != null && USABLE_ID.matcher(header).matches()
            ? header
            : UUID.randomUUID().toString();
    return "api:" + id;
  }
}
