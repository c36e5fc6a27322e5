package id.nusatrade.server.api;

import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.billing.catalog.PlanId;
import id.nusatrade.billing.subscription.ChangeResult;
import id.nusatrade.billing.subscription.Subscription;
import id.nusatrade.billing.subscription.SubscriptionService;
import id.nusatrade.domain.billing.PaymentMethod;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.server.security.Roles;
import id.nusatrade.server.security.TokenClaims;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's subscription and plan changes; the decisions are the billing module's. */
@Path("subscription")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "billing")
@SecurityRequirement(name = "keycloak")
public class SubscriptionResource {
  /**
   * {@code POST /subscription/change}: plan id, payment method id, optional trial and card token.
   */
  public record ChangeRequest(String plan, String paymentMethod, Boolean trial, String cardToken) {}

  @Inject JsonWebToken token;
  @Inject SubscriptionService subscriptions;
  @Inject Catalog catalog;
  @Inject Clock clock;

  @GET
  @RolesAllowed(Roles.TRADER)
  @Operation(summary = "The current plan, its period, entitlements and any payment waiting")
  public BillingViews.SubscriptionView current() {
    TenantId tenant = CallerTenant.of(TokenClaims.caller(token));
    Subscription s = subscriptions.current(tenant);
    return BillingViews.SubscriptionView.of(
        s,
        catalog.version(s.catalogVersion()).entitlementsOf(s.tier()),
        subscriptions.pendingPayment(tenant).map(BillingViews.PaymentView::of).orElse(null));
  }

  @POST
  @Path("change")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.TRADER)
  @Operation(
      summary =
          "Upgrade (a pending payment with orderId and grossAmount as Midtrans sends it back;"
              + " the plan changes when it settles) or downgrade (at the period's end)")
  public Response change(ChangeRequest request) {
    TenantId tenant = CallerTenant.of(TokenClaims.caller(token));
    if (request == null || request.plan() == null) {
      throw new InvalidRequestException("plan is required, such as pro-monthly");
    }
    PlanId plan;
    PaymentMethod method;
    try {
      plan = new PlanId(request.plan());
      // a downgrade needs no payment, so the method may be left out
      method =
          request.paymentMethod() == null ? null : PaymentMethod.fromId(request.paymentMethod());
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(e.getMessage());
    }
    ChangeResult result =
        subscriptions.change(
            tenant, plan, method, Boolean.TRUE.equals(request.trial()), request.cardToken());
    var version = catalog.versionAt(clock.instant());
    var entitlements = version.entitlementsOf(version.plan(plan).orElseThrow().tier());
    var view = BillingViews.ChangeView.of(result, entitlements);
    int status = result instanceof ChangeResult.PaymentDue ? 201 : 200;
    return Response.status(status).entity(view).build();
  }
}
