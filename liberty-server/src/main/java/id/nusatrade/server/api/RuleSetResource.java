package id.nusatrade.server.api;

import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.rules.lifecycle.DryRun;
import id.nusatrade.rules.lifecycle.PublishResult;
import id.nusatrade.rules.lifecycle.RuleSetLifecycle;
import id.nusatrade.rules.model.Side;
import id.nusatrade.rules.store.Draft;
import id.nusatrade.rules.store.StoredVersion;
import id.nusatrade.server.infrastructure.rules.RulesRuntime;
import id.nusatrade.server.security.Roles;
import id.nusatrade.server.security.TokenClaims;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Business staff's rule sets (API.md): drafts, scenario runs, publishing (with four-eyes approval),
 * rollback and a dry run. Translation only: {@link RuleSetLifecycle} decides. A publish or rollback
 * is announced on the bus so every process's running rules follow.
 */
@Path("rule-sets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "rules")
@SecurityRequirement(name = "keycloak")
@RolesAllowed(Roles.BUSINESS_STAFF)
public class RuleSetResource {
  @Inject JsonWebToken token;
  @Inject RulesRuntime runtime;

  private String caller() {
    return TokenClaims.caller(token).username();
  }

  private static RuleArea area(String id) {
    try {
      return RuleArea.of(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException(e.getMessage());
    }
  }

  @GET
  @Operation(summary = "Rule areas (risk, tier) with their live version")
  public List<RuleSetViews.AreaJson> areas() {
    RuleSetLifecycle rules = runtime.lifecycle();
    return Arrays.stream(RuleArea.values())
        .map(a -> RuleSetViews.AreaJson.of(rules.liveVersion(a), rules.fourEyes()))
        .toList();
  }

  @GET
  @Path("{area}/versions")
  @Operation(summary = "Every published version of the area, newest first")
  public List<RuleSetViews.VersionJson> versions(@PathParam("area") String area) {
    return runtime.lifecycle().versions(area(area)).stream()
        .map(RuleSetViews.VersionJson::of)
        .toList();
  }

  @POST
  @Path("{area}/drafts")
  @Operation(
      summary =
          "A new draft {source, comment, limits?}: checked against the allow-list and compiled;"
              + " 201, or 422 whose errors name file and line")
  public Response draft(@PathParam("area") String area, RuleSetViews.DraftRequest body) {
    RuleArea a = area(area);
    if (body == null || body.source == null || body.source.isBlank()) {
      throw new InvalidRequestException("source (the DRL text) is required");
    }
    RuleSetLifecycle rules = runtime.lifecycle();
    String limits = body.limits != null ? body.limits : rules.liveVersion(a).limits();
    String comment = body.comment == null ? "" : body.comment;
    return RulesProblemMapper.answer(
        () -> {
          Draft d = rules.createDraft(a, body.source, limits, caller(), comment);
          return Response.status(201).entity(RuleSetViews.DraftJson.of(d)).build();
        });
  }

  @POST
  @Path("{area}/drafts/{id}/test")
  @Operation(summary = "Run the saved scenarios against the draft: pass/fail per scenario")
  public Response test(@PathParam("area") String area, @PathParam("id") long id) {
    RuleArea a = area(area);
    return RulesProblemMapper.answer(
        () -> Response.ok(RuleSetViews.TestJson.of(id, runtime.lifecycle().test(a, id))).build());
  }

  @POST
  @Path("{area}/drafts/{id}/publish")
  @Operation(
      summary =
          "Publish the draft (200), or with four-eyes ask a second business-staff user to approve"
              + " (202); 422 failing scenarios, 409 when another publish won")
  public Response publish(@PathParam("area") String area, @PathParam("id") long id) {
    RuleArea a = area(area);
    return RulesProblemMapper.answer(
        () ->
            switch (runtime.lifecycle().requestPublish(a, id, caller())) {
              case PublishResult.Published p -> published(a, id, p.version());
              case PublishResult.AwaitingApproval w ->
                  Response.status(202)
                      .entity(RuleSetViews.PublishJson.awaiting(a, w.approval()))
                      .build();
            });
  }

  @POST
  @Path("{area}/drafts/{id}/approve")
  @Operation(
      summary =
          "Four-eyes: a second business-staff user approves a pending publish, which goes live;"
              + " 403 for its author, 409 when another publish won")
  public Response approve(@PathParam("area") String area, @PathParam("id") long id) {
    RuleArea a = area(area);
    return RulesProblemMapper.answer(
        () -> published(a, id, runtime.lifecycle().approve(a, id, caller())));
  }

  @POST
  @Path("{area}/versions/{n}/rollback")
  @Operation(summary = "Make version n live again (as a rollback, audited)")
  public Response rollback(@PathParam("area") String area, @PathParam("n") long n) {
    RuleArea a = area(area);
    return RulesProblemMapper.answer(
        () -> {
          StoredVersion v = runtime.lifecycle().rollback(a, n, caller());
          runtime.announce(v);
          return Response.ok(RuleSetViews.VersionJson.of(v)).build();
        });
  }

  @POST
  @Path("{area}/evaluate")
  @Operation(
      summary =
          "Dry-run an order intent {symbol, side, quantity, price, accountId?, dailyLoss?} against"
              + " the live risk rules: {outcome, reasons, version}; nothing is recorded")
  public RuleSetViews.DecisionJson evaluate(
      @PathParam("area") String area, RuleSetViews.EvaluateRequest body) {
    if (area(area) != RuleArea.RISK) {
      throw new InvalidRequestException(
          "the " + area + " rules judge subscription requests, not order intents: use risk");
    }
    if (body == null) {
      throw new InvalidRequestException(
          "an order intent {symbol, side, quantity, price} is required");
    }
    DryRun order;
    try {
      order =
          new DryRun(
              body.symbol,
              side(body.side),
              body.quantity,
              body.price,
              body.accountId,
              body.dailyLoss);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidRequestException(e.getMessage());
    }
    return RuleSetViews.DecisionJson.of(runtime.lifecycle().evaluate(order));
  }

  private Response published(RuleArea area, long draftId, StoredVersion v) {
    runtime.announce(v);
    return Response.ok(RuleSetViews.PublishJson.published(area, draftId, v)).build();
  }

  private static Side side(String side) {
    if (side == null) {
      return null;
    }
    try {
      return Side.valueOf(side.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("side must be BUY or SELL, not " + side);
    }
  }
}
