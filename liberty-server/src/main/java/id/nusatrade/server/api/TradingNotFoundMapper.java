package id.nusatrade.server.api;

import id.nusatrade.trading.application.UnknownTradingObjectException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Another tenant's account or order, or none: 404 problem+json, never 403 and never data. */
@Provider
public class TradingNotFoundMapper implements ExceptionMapper<UnknownTradingObjectException> {
  @Override
  public Response toResponse(UnknownTradingObjectException e) {
    return Problem.response(404, "Not Found", e.getMessage());
  }
}
