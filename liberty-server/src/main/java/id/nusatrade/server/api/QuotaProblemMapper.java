package id.nusatrade.server.api;

import id.nusatrade.domain.billing.QuotaExceededException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.time.Duration;

/** Over quota: 429 naming the quota and when it resets, with Retry-After in seconds. */
@Provider
public class QuotaProblemMapper implements ExceptionMapper<QuotaExceededException> {
  @Inject Clock clock;

  @Override
  public Response toResponse(QuotaExceededException e) {
    long seconds = Math.max(1, Duration.between(clock.instant(), e.resetsAt()).toSeconds());
    Response problem = Problem.response(429, "Too Many Requests", e.getMessage());
    return Response.fromResponse(problem).header("Retry-After", Long.toString(seconds)).build();
  }
}
