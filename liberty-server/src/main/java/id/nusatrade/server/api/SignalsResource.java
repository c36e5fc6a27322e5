package id.nusatrade.server.api;

import id.nusatrade.domain.billing.UsageMeter;
import id.nusatrade.domain.market.MarketQueries;
import id.nusatrade.domain.market.UnknownSymbolException;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.server.api.SignalViews.ModelUploadRequest;
import id.nusatrade.server.api.SignalViews.ModelView;
import id.nusatrade.server.api.SignalViews.ModelsView;
import id.nusatrade.server.api.SignalViews.PredictionRequest;
import id.nusatrade.server.api.SignalViews.SignalView;
import id.nusatrade.server.infrastructure.signals.SignalsRuntime;
import id.nusatrade.server.security.Caller;
import id.nusatrade.server.security.Roles;
import id.nusatrade.server.security.TokenClaims;
import id.nusatrade.signals.live.Predictions;
import id.nusatrade.signals.registry.ModelService;
import id.nusatrade.signals.registry.RegisteredModel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's models (list, promote, roll back), the live feed's latest signals and predictions on
 * demand. Everything is the caller's tenant's: another tenant's model id is 404. Per-user models
 * are listed to their owner only. The probability is shown from Pro up (the plan's confidence
 * scores); predictions count against the monthly quota (429 over it).
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "signals")
@SecurityRequirement(name = "keycloak")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The token lacks the trader role or a tenant")
public class SignalsResource {
  @Inject JsonWebToken token;
  @Inject SignalsRuntime signals;
  @Inject MarketQueries markets;
  @Inject UsageMeter usage;
  @Inject Clock clock;
  @Context HttpHeaders headers;

  @GET
  @Path("models")
  @RolesAllowed(Roles.TRADER)
  @Operation(summary = "The caller's models (oldest first) and the live one")
  @APIResponse(responseCode = "200", description = "The models and the live one")
  public ModelsView models() {
    Caller caller = TokenClaims.caller(token);
    TenantId tenant = CallerTenant.of(caller);
    ModelService models = signals.models();
    RegisteredModel live = models.live(tenant);
    List<ModelView> visible =
        models.visibleTo(tenant, caller.username()).stream().map(ModelView::of).toList();
    return new ModelsView(ModelView.of(live), visible);
  }

  @POST
  @Path("models")
  @RolesAllowed(Roles.TRADER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Register a trained model as a candidate",
      description =
          "The files of a model directory in base64; checked (known files, at most 16 MiB, the"
              + " version matches the artifacts, the model loads with the features it was trained"
              + " on) and stored. Promote it to make it live.")
  @APIResponse(responseCode = "201", description = "The registered candidate (or the same one)")
  @APIResponse(
      responseCode = "400",
      description = "No files, a file not in base64, an unknown owner",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "The files are not a model that can be served: names what is wrong",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "413",
      description = "Larger than 16 MiB",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "403",
      description = "A per-user model on a plan without custom models",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response register(ModelUploadRequest request) {
    Caller caller = TokenClaims.caller(token);
    TenantId tenant = CallerTenant.of(caller);
    if (request == null || request.files() == null || request.files().isEmpty()) {
      throw new InvalidRequestException("a body {owner, files: {name: base64}} is required");
    }
    String owner = request.owner() == null ? "tenant" : request.owner().strip();
    String ownerUser =
        switch (owner) {
          case "tenant" -> null;
          case "me" -> caller.username();
          default ->
              throw new InvalidRequestException(
                  "owner must be 'tenant' or 'me', got '" + owner + "'");
        };
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (Map.Entry<String, String> f : request.files().entrySet()) {
      try {
        files.put(f.getKey(), Base64.getDecoder().decode(f.getValue() == null ? "" : f.getValue()));
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException(
            "file '" + f.getKey() + "' is not base64: " + e.getMessage());
      }
    }
    ModelView registered = ModelView.of(signals.models().upload(tenant, ownerUser, files));
    return Response.created(URI.create("models/" + registered.id())).entity(registered).build();
  }

  @POST
  @Path("models/{id}/promote")
  @RolesAllowed(Roles.TRADER)
  @Operation(
      summary = "Make the model live",
      description = "The live feed decides with it from its next closed bar on; no restart.")
  @APIResponse(responseCode = "200", description = "The model, now live")
  @APIResponse(
      responseCode = "404",
      description = "No such model in the caller's tenant",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "403",
      description = "A per-user model on a plan without custom models",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public ModelView promote(@PathParam("id") String id) {
    Caller caller = TokenClaims.caller(token);
    TenantId tenant = CallerTenant.of(caller);
    UUID modelId = ownModel(caller, tenant, id);
    return ModelView.of(signals.models().promote(tenant, modelId));
  }

  @POST
  @Path("models/{id}/rollback")
  @RolesAllowed(Roles.TRADER)
  @Operation(
      summary = "Retire the live model and make the one it replaced live again",
      description = "Answers the model that is live again.")
  @APIResponse(responseCode = "200", description = "The model live again")
  @APIResponse(
      responseCode = "404",
      description = "No such model in the caller's tenant",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "The model is not live, or replaced none",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public ModelView rollback(@PathParam("id") String id) {
    Caller caller = TokenClaims.caller(token);
    TenantId tenant = CallerTenant.of(caller);
    UUID modelId = ownModel(caller, tenant, id);
    return ModelView.of(signals.models().rollback(tenant, modelId));
  }

  @GET
  @Path("signals")
  @RolesAllowed(Roles.TRADER)
  @Operation(
      summary = "Latest signals of the live model on the caller's feed, newest first",
      description =
          "One per closed bar; probability (of the advised direction) from Pro up, else left out.")
  @APIResponse(responseCode = "200", description = "The latest signals, newest first")
  @APIResponse(
      responseCode = "404",
      description = "None of the caller's terminals streams the symbol",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public List<SignalView> latest(@QueryParam("symbol") String symbol) {
    TenantId tenant = CallerTenant.of(TokenClaims.caller(token));
    if (symbol == null || symbol.isBlank()) {
      throw new InvalidRequestException("symbol is required");
    }
    if (markets.feed(tenant, symbol).isEmpty()) {
      throw new UnknownSymbolException("no terminal of this tenant streams symbol " + symbol);
    }
    boolean probability = signals.models().entitlements(tenant).confidenceScores();
    return signals.engine().latest(tenant, symbol).stream()
        .map(s -> SignalView.of(s, probability, language()))
        .toList();
  }

  @POST
  @Path("predictions")
  @RolesAllowed(Roles.TRADER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "A prediction now on the latest closed bar of {symbol, timeframe}",
      description =
          "Counts once per Idempotency-Key (a retry with the same key is not counted again)"
              + " against the monthly prediction quota.")
  @APIResponse(responseCode = "200", description = "The live model's decision now")
  @APIResponse(
      responseCode = "429",
      description = "Over the monthly prediction quota: names it and when it resets",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "The feed has no closed bar of that timeframe yet",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public SignalView predict(
      PredictionRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
    TenantId tenant = CallerTenant.of(TokenClaims.caller(token));
    if (request == null) {
      throw new InvalidRequestException("a body {symbol, timeframe} is required");
    }
    String requestId =
        idempotencyKey == null || idempotencyKey.isBlank()
            ? UUID.randomUUID().toString()
            : idempotencyKey.strip();
    if (requestId.length() > 100) {
      throw new InvalidRequestException("Idempotency-Key must be at most 100 characters");
    }
    ModelService models = signals.models();
    Predictions predictions = new Predictions(markets, models, usage, clock);
    return SignalView.of(
        predictions.predict(
            tenant, request.symbol(), request.timeframe(), "prediction:" + requestId),
        models.entitlements(tenant).confidenceScores(),
        language());
  }

  /** Indonesian when the caller prefers it (Accept-Language), else English. */
  private Locale language() {
    for (Locale l : headers.getAcceptableLanguages()) {
      if (l.getLanguage().equals("id") || l.getLanguage().equals("in")) {
        return l;
      }
      if (l.getLanguage().equals("en")) {
        return Locale.ENGLISH;
      }
    }
    return Locale.ENGLISH;
  }

  /** The id as a model of the tenant the caller may see (another user's model is 404 too). */
  private UUID ownModel(Caller caller, TenantId tenant, String id) {
    UUID modelId = Ids.uuid(id, "model id");
    if (!signals.models().isVisibleTo(tenant, caller.username(), modelId)) {
      throw new jakarta.ws.rs.NotFoundException("no model " + modelId);
    }
    return modelId;
  }
}
