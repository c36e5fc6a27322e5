package id.nusatrade.server.api;

import id.nusatrade.domain.billing.PaymentGatewayException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The payment gateway failed: 503 with Retry-After when trying again may work (the same request
 * reuses the same order id and idempotency key, so nothing is charged twice), 502 otherwise.
 */
@Provider
public class PaymentGatewayProblemMapper implements ExceptionMapper<PaymentGatewayException> {
  private static final Logger LOG = Logger.getLogger(PaymentGatewayProblemMapper.class.getName());

  @Override
  public Response toResponse(PaymentGatewayException e) {
    LOG.log(Level.WARNING, "payment gateway: {0}", e.getMessage());
    if (e.retryable()) {
      Response problem =
          Problem.response(503, "Service Unavailable", "the payment gateway did not answer; retry");
      return Response.fromResponse(problem).header("Retry-After", "5").build();
    }
    return Problem.response(502, "Bad Gateway", "the payment gateway refused: " + e.getMessage());
  }
}
