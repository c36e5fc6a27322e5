package id.nusatrade.server.api;

import id.nusatrade.billing.subscription.BillingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused billing request as problem+json: unknown plan 422, conflict 409, missing 404. */
@Provider
public class BillingProblemMapper implements ExceptionMapper<BillingException> {
  @Override
  public Response toResponse(BillingException e) {
    return switch (e.kind()) {
      case UNKNOWN_PLAN -> Problem.response(422, "Unprocessable Content", e.getMessage());
      case INVALID_REQUEST -> Problem.response(400, "Bad Request", e.getMessage());
      case CONFLICT -> Problem.response(409, "Conflict", e.getMessage());
      case NOT_FOUND -> Problem.response(404, "Not Found", e.getMessage());
    };
  }
}
