package id.nusatrade.server.api;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.server.infrastructure.trading.TradingRuntime;
import id.nusatrade.server.security.Roles;
import id.nusatrade.server.security.TokenClaims;
import id.nusatrade.trading.application.TradingDesk;
import id.nusatrade.trading.pnl.DailyPnl;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Trading accounts, orders and positions of the caller's tenant (API.md). Translation only: {@link
 * TradingDesk} (the same service as the Vaadin views) and the engine decide. Another tenant's
 * account or order id answers 404 like one that does not exist ({@link TradingProblemMapper}).
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "trading")
@SecurityRequirement(name = "keycloak")
public class TradingResource {
  @Inject JsonWebToken token;
  @Inject TradingRuntime trading;
  @Inject Clock clock;

  private TenantId tenant() {
    return CallerTenant.of(TokenClaims.caller(token));
  }

  private static Optional<AccountId> accountId(String id) {
    return Optional.ofNullable(id).map(i -> new AccountId(Ids.uuid(i, "account id")));
  }

  private Account owned(String id) {
    return trading
        .desk()
        .account(tenant(), accountId(id).orElseThrow())
        .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("account not found"));
  }

  @GET
  @Path("accounts")
  @RolesAllowed(Roles.TRADER)
  @Operation(summary = "Trading accounts: mode PAPER or LIVE, tradingState ACTIVE/HALTED/REDUCING")
  public List<TradingViews.AccountJson> accounts() {
    return trading.desk().accounts(tenant()).stream().map(TradingViews.AccountJson::of).toList();
  }

  @PUT
  @Path("accounts/{id}/trading-state")
  @RolesAllowed({Roles.TRADER, Roles.ADMIN})
  @Operation(summary = "Kill switch: ACTIVE, HALTED (no new orders) or REDUCING (only reductions)")
  public TradingViews.AccountJson tradingState(
      @PathParam("id") String id, TradingStateRequest body) {
    Account a = owned(id);
    return TradingViews.AccountJson.of(
        trading.desk().tradingState(tenant(), a.id(), OrderRequests.state(body)));
  }

  @PUT
  @Path("accounts/{id}/mode")
  @RolesAllowed(Roles.TRADER)
  @Operation(
      summary =
          "Switch the account between PAPER and LIVE. LIVE needs a tier with automated trading and"
              + " a linked MT5 terminal; the first live order then waits for trade approval. 403"
              + " not in the tier, 409 no MT5 login or positions/orders still open")
  public TradingViews.AccountJson mode(@PathParam("id") String id, AccountModeRequest body) {
    Account a = owned(id);
    AccountMode mode =
        OrderRequests.value(AccountMode.class, body == null ? null : body.mode, "mode");
    return TradingViews.AccountJson.of(trading.desk().mode(tenant(), a.id(), mode));
  }

  @GET
  @Path("accounts/{id}/pnl")
  @RolesAllowed(Roles.TRADER)
  @Operation(
      summary =
          "The account's P&L for a trading day (Asia/Jakarta; default today) per quote currency"
              + " and in IDR")
  public DailyPnl dailyPnl(@PathParam("id") String id, @QueryParam("day") String day) {
    Account a = owned(id);
    LocalDate date;
    try {
      date =
          day == null
              ? LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")))
              : LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException("day must be a date such as 2026-12-03, not '" + day + "'");
    }
    return trading.engine().dailyPnl(a.id(), date, trading.idrReferenceRates());
  }

  @GET
  @Path("orders")
  @RolesAllowed(Roles.TRADER)
  @Operation(summary = "Orders with their states, oldest first")
  public List<TradingViews.OrderJson> orders(@QueryParam("accountId") String accountId) {
    return trading.desk().orders(tenant(), accountId(accountId)).stream()
        .map(TradingViews.OrderJson::of)
        .toList();
  }

  @POST
  @Path("orders")
  @RolesAllowed(Roles.TRADER)
  @Operation(
      summary =
          "Submit an order intent through the kill switch and the risk rules; the same"
              + " clientOrderId again returns the same order. 201 new, 200 known, 202 waiting for"
              + " approval, 422 rejected (with reasons)")
  public Response submit(OrderRequest body) {
    TradingDesk desk = trading.desk();
    Account account =
        body != null && body.accountId != null
            ? owned(body.accountId)
            : desk.accounts(tenant()).getFirst();
    TradingDesk.Submitted result;
    try {
      result = desk.submit(tenant(), OrderRequests.intent(body, account.id()));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(e.getMessage());
    }
    TradingViews.OrderJson order = TradingViews.OrderJson.of(result.order());
    OrderState state = result.order().state();
    if (state == OrderState.REJECTED) {
      return Response.status(422)
          .type(Problem.MEDIA_TYPE)
          .entity(TradingViews.RejectedJson.of(order))
          .build();
    }
    int status = state == OrderState.PENDING_APPROVAL ? 202 : result.duplicate() ? 200 : 201;
    return Response.status(status).entity(order).build();
  }

  @DELETE
  @Path("orders/{id}")
  @RolesAllowed(Roles.TRADER)
  @Operation(
      summary =
          "Cancel an order: one waiting for approval at once, a working one through its venue (an"
              + " MT5 order by a CANCEL to the terminal; the state changes when the venue reports)."
              + " 202 with the order as it is now; 404 unknown or another tenant's")
  public Response cancel(@PathParam("id") long id) {
    try {
      return Response.status(202)
          .entity(TradingViews.OrderJson.of(trading.desk().cancel(tenant(), id)))
          .build();
    } catch (IllegalStateException e) {
      return Problem.response(409, "Conflict", e.getMessage());
    }
  }

  @GET
  @Path("positions")
  @RolesAllowed(Roles.TRADER)
  @Operation(summary = "Open positions with realised and unrealised P&L, commissions and swaps")
  public List<TradingViews.PositionJson> positions() {
    return trading.desk().positions(tenant(), Optional.empty()).stream()
        .map(p -> TradingViews.PositionJson.of(p.account(), p.position()))
        .toList();
  }

  @POST
  @Path("positions/close-all")
  @RolesAllowed({Roles.TRADER, Roles.ADMIN})
  @Operation(summary = "Flatten every open position now (market exits, also when HALTED)")
  public Response closeAll(@QueryParam("accountId") String accountId) {
    List<TradingViews.OrderJson> exits =
        trading.desk().closeAll(tenant(), accountId(accountId)).stream()
            .map(TradingViews.OrderJson::of)
            .toList();
    return Response.status(202).entity(exits).build();
  }
}
