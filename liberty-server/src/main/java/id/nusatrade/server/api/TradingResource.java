package id.nusatrade.server.api;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.Order;
import id.nusatrade.domain.trading.OrderId;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.server.infrastructure.trading.TradingRuntime;
import id.nusatrade.server.security.Roles;
import id.nusatrade.server.security.TokenClaims;
import id.nusatrade.trading.engine.OrderView;
import id.nusatrade.trading.engine.SubmitResult;
import id.nusatrade.trading.engine.TradingEngine;
import id.nusatrade.trading.pnl.DailyPnl;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Trading accounts, orders and positions of the caller's tenant (API.md). Translation only: the
 * engine decides. Another tenant's account id answers 404 like one that does not exist.
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

  private Account owned(String id) {
    Account a = trading.account(tenant(), new AccountId(Ids.uuid(id, "account id")));
    if (a == null) {
      throw new NotFoundException("account not found");
    }
    return a;
  }

  @GET
  @Path("accounts")
  @RolesAllowed(Roles.TRADER)
  @Operation(summary = "Trading accounts: mode PAPER or LIVE, tradingState ACTIVE/HALTED/REDUCING")
  public List<TradingViews.AccountJson> accounts() {
    return trading.accounts(tenant()).stream().map(TradingViews.AccountJson::of).toList();
  }

  @PUT
  @Path("accounts/{id}/trading-state")
  @RolesAllowed({Roles.TRADER, Roles.ADMIN})
  @Operation(summary = "Kill switch: ACTIVE, HALTED (no new orders) or REDUCING (only reductions)")
  public TradingViews.AccountJson tradingState(
      @PathParam("id") String id, TradingStateRequest body) {
    Account a = owned(id);
    return TradingViews.AccountJson.of(
        trading.engine().tradingState(a.id(), OrderRequests.state(body)));
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
    return TradingViews.AccountJson.of(trading.modes().switchTo(a.tenant(), a.id(), mode));
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
    List<TradingViews.OrderJson> out = new ArrayList<>();
    for (Account a : accountId == null ? trading.accounts(tenant()) : List.of(owned(accountId))) {
      trading.engine().orders(a.id()).forEach(o -> out.add(TradingViews.OrderJson.of(o)));
    }
    return out;
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
    Account account =
        body != null && body.accountId != null
            ? owned(body.accountId)
            : trading.accounts(tenant()).getFirst();
    TradingEngine engine = trading.engine();
    SubmitResult result;
    try {
      result = engine.submit(OrderRequests.intent(body, account.id()));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(e.getMessage());
    }
    engine.flush(); // on disk before the caller hears of it
    TradingViews.OrderJson order = TradingViews.OrderJson.of(OrderView.of(result.order()));
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
    TradingEngine engine = trading.engine();
    Order order;
    try {
      order = engine.order(new OrderId(id));
    } catch (IllegalArgumentException unknown) {
      throw new NotFoundException("order not found");
    }
    if (trading.account(tenant(), order.intent().account()) == null) {
      throw new NotFoundException("order not found");
    }
    try {
      engine.cancel(order.id());
    } catch (IllegalStateException e) {
      return Problem.response(409, "Conflict", e.getMessage());
    }
    engine.flush();
    return Response.status(202)
        .entity(TradingViews.OrderJson.of(OrderView.of(engine.order(order.id()))))
        .build();
  }

  @GET
  @Path("positions")
  @RolesAllowed(Roles.TRADER)
  @Operation(summary = "Open positions with realised and unrealised P&L")
  public List<TradingViews.PositionJson> positions() {
    List<TradingViews.PositionJson> out = new ArrayList<>();
    for (Account a : trading.accounts(tenant())) {
      trading.engine().positions(a.id()).forEach(p -> out.add(TradingViews.PositionJson.of(a, p)));
    }
    return out;
  }

  @POST
  @Path("positions/close-all")
  @RolesAllowed({Roles.TRADER, Roles.ADMIN})
  @Operation(summary = "Flatten every open position now (market exits, also when HALTED)")
  public Response closeAll(@QueryParam("accountId") String accountId) {
    List<TradingViews.OrderJson> exits = new ArrayList<>();
    TradingEngine engine = trading.engine();
    for (Account a : accountId == null ? trading.accounts(tenant()) : List.of(owned(accountId))) {
      engine.closeAll(a.id()).forEach(o -> exits.add(TradingViews.OrderJson.of(OrderView.of(o))));
    }
    engine.flush();
    return Response.status(202).entity(exits).build();
  }
}
