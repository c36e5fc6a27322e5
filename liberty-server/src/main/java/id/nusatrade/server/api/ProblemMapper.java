package id.nusatrade.server.api;

import id.nusatrade.domain.market.InvalidMarketQueryException;
import id.nusatrade.domain.market.UnknownSymbolException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure leaves as problem+json. JAX-RS exceptions keep their status and, for client errors,
 * their message (ours are written for the caller); anything else is a 500 whose detail stays in the
 * server log.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Override
  public Response toResponse(Throwable failure) {
    if (failure instanceof WebApplicationException web) {
      return fromWeb(web);
    }
    if (failure instanceof InvalidRequestException
        || failure instanceof InvalidMarketQueryException) {
      return Problem.response(400, "Bad Request", failure.getMessage());
    }
    if (failure instanceof UnknownSymbolException unknown) {
      return Problem.response(404, "Not Found", unknown.getMessage());
    }
    LOG.log(Level.SEVERE, "unhandled failure", failure);
    return Problem.response(500, "Internal Server Error", "the server could not answer");
  }

  private static Response fromWeb(WebApplicationException web) {
    Response.StatusType status = web.getResponse().getStatusInfo();
    String detail =
        status.getFamily() == Response.Status.Family.CLIENT_ERROR && web.getMessage() != null
            ? web.getMessage()
            : status.getReasonPhrase();
    return Problem.response(status.getStatusCode(), status.getReasonPhrase(), detail);
  }
}
