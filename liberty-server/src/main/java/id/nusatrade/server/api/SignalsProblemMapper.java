package id.nusatrade.server.api;

import id.nusatrade.signals.registry.ModelException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A refused model request as problem+json: unknown id 404, wrong state 409, not in plan 403, an
 * uploaded model that cannot be served 422, too large 413.
 */
@Provider
public class SignalsProblemMapper implements ExceptionMapper<ModelException> {
  @Override
  public Response toResponse(ModelException e) {
    return switch (e.kind()) {
      case NOT_FOUND -> Problem.response(404, "Not Found", e.getMessage());
      case CONFLICT -> Problem.response(409, "Conflict", e.getMessage());
      case NOT_ENTITLED -> Problem.response(403, "Forbidden", e.getMessage());
      case INVALID -> Problem.response(422, "Unprocessable Content", e.getMessage());
      case TOO_LARGE -> Problem.response(413, "Content Too Large", e.getMessage());
    };
  }
}
