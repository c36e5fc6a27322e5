package id.nusatrade.server.api;

import id.nusatrade.trading.engine.ModeChangeRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A refused paper/live switch as problem+json: the tier lacks live trading 403; no MT5 login, open
 * positions or working orders 409. The detail starts with the reason code.
 */
@Provider
public class TradingProblemMapper implements ExceptionMapper<ModeChangeRefusedException> {
  @Override
  public Response toResponse(ModeChangeRefusedException e) {
    return switch (e.reason()) {
      case NOT_IN_TIER -> Problem.response(403, "Forbidden", e.getMessage());
      case NO_MT5_LOGIN, OPEN_POSITIONS, WORKING_ORDERS ->
          Problem.response(409, "Conflict", e.getMessage());
    };
  }
}
