package id.nusatrade.server.api;

import id.nusatrade.domain.market.InvalidMarketQueryException;
import id.nusatrade.domain.market.MarketQueries;
import id.nusatrade.domain.market.UnknownSymbolException;
import id.nusatrade.server.security.Caller;
import id.nusatrade.server.security.Roles;
import id.nusatrade.server.security.TokenClaims;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own market data: the symbols its terminals stream and the closed bars of its feed.
 * Another tenant streaming the same symbol changes nothing here (the store reads under the caller's
 * row-level security); a symbol the caller does not stream is 404, whoever else does.
 */
@Path("market")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "market")
@SecurityRequirement(name = "keycloak")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The token lacks the trader role or a tenant")
public class MarketResource {
  @Inject JsonWebToken token;
  @Inject MarketQueries markets;

  @GET
  @Path("symbols")
  @RolesAllowed(Roles.TRADER)
  @Operation(summary = "Symbols the caller's terminals stream")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = String[].class)))
  public List<String> symbols() {
    return symbols(TokenClaims.caller(token));
  }

  @GET
  @Path("bars")
  @RolesAllowed(Roles.TRADER)
  @Operation(
      summary = "Closed bars of the caller's own feed, oldest first",
      description =
          "time is the bar's open time in epoch milliseconds (UTC); prices are mid prices; volume"
              + " is the tick count. limit defaults to "
              + MarketQueries.DEFAULT_LIMIT
              + ", at most "
              + MarketQueries.MAX_LIMIT
              + ".")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = BarView[].class)))
  @APIResponse(
      responseCode = "400",
      description = "Missing symbol, unknown timeframe or a limit out of range",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "404",
      description = "None of the caller's terminals streams the symbol",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public List<BarView> bars(
      @Parameter(description = "Symbol, e.g. EURUSD") @QueryParam("symbol") String symbol,
      @Parameter(description = "M1, M5, M15, H1, H4 or D1") @QueryParam("timeframe")
          String timeframe,
      @Parameter(description = "Number of newest bars") @QueryParam("limit") String limit) {
    return bars(TokenClaims.caller(token), symbol, timeframe, limit);
  }

  List<String> symbols(Caller caller) {
    return markets.symbols(CallerTenant.of(caller));
  }

  /**
   * A bad symbol, timeframe or limit leaves as {@link InvalidMarketQueryException} (400), a symbol
   * none of the caller's terminals streams as {@link UnknownSymbolException} (404): {@link
   * ProblemMapper} writes both as problem documents.
   */
  List<BarView> bars(Caller caller, String symbol, String timeframe, String limit) {
    return markets.closedBars(CallerTenant.of(caller), symbol, timeframe, limit).stream()
        .map(BarView::of)
        .toList();
  }
}
