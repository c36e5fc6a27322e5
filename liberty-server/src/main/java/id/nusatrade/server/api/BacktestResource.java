package id.nusatrade.server.api;

import id.nusatrade.backtest.service.BacktestId;
import id.nusatrade.backtest.service.BacktestLimitException;
import id.nusatrade.backtest.service.BacktestQueueFullException;
import id.nusatrade.backtest.service.BacktestRun;
import id.nusatrade.backtest.service.BacktestService;
import id.nusatrade.backtest.service.BacktestSetting;
import id.nusatrade.backtest.service.InvalidBacktestException;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.server.security.Caller;
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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's backtests (API.md): start one as a background job, list them, read one with its
 * progress and report. Translation only: {@link BacktestService} decides. Another tenant's run id
 * answers 404 like one that does not exist.
 */
@Path("backtests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "backtests")
@SecurityRequirement(name = "keycloak")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The token lacks the trader role or a tenant")
public class BacktestResource {
  @Inject JsonWebToken token;
  @Inject BacktestService backtests;
  @Inject Config config;
  @jakarta.ws.rs.core.Context UriInfo uri;

  private TenantId tenant() {
    return CallerTenant.of(TokenClaims.caller(token));
  }

  private int uploadLimit() {
    return BacktestSetting.uploadLimit(
        name -> config.getOptionalValue(name, String.class).orElse(null));
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed(Roles.TRADER)
  @Operation(
      summary = "Start a backtest with an uploaded bar file (multipart/form-data): 202 with its id",
      description =
          "Parts named as the JSON body's fields: csv (the bar file), strategy, costs, fill,"
              + " equity, model, checkLookahead (true), optimize (true) with objective, folds,"
              + " holdout. The bar file is capped at NUSATRADE_BACKTEST_UPLOAD_MAX_BYTES (413).")
  @APIResponse(responseCode = "202", description = "Started; poll Location for progress")
  @APIResponse(
      responseCode = "413",
      description = "The bar file (or another part) is larger than its cap",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "Bad strategy, costs, bars or part: the detail names the field and line",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response startWithUpload(List<EntityPart> parts) {
    BacktestRequestJson body;
    try {
      body =
          BacktestMultipart.read(
              parts.stream()
                  .map(p -> new BacktestMultipart.Part(p.getName(), p.getContent()))
                  .toList(),
              uploadLimit());
    } catch (BacktestMultipart.TooLarge e) {
      return Problem.response(413, "Content Too Large", e.getMessage());
    } catch (InvalidBacktestException e) {
      return Problem.response(422, "Unprocessable Content", e.getMessage());
    } catch (IOException e) {
      return Problem.response(400, "Bad Request", "the upload could not be read: " + e);
    }
    return start(body);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.TRADER)
  @Operation(
      summary = "Start a backtest as a background job: 202 with its id",
      description =
          "Body: strategy (the strategy file's text, as ./nusatrade backtest --strategy reads"
              + " it), either csv (a bar CSV time,open,high,low,close,volume) or symbol with"
              + " optional timeframe, from, to (the tenant's stored bars), optional costs (the"
              + " costs file's text, or none), fill (next-open or close), equity, model (a"
              + " registry model id the caller may see), optimize ({objective, folds, holdout}:"
              + " walk-forward search over the strategy's parameter ranges, the held-out run is"
              + " the result) and checkLookahead (true). Runs at once per tenant: the tier's"
              + " concurrentBacktests.")
  @APIResponse(responseCode = "202", description = "Started; poll Location for progress")
  @APIResponse(
      responseCode = "413",
      description = "csv is larger than NUSATRADE_BACKTEST_UPLOAD_MAX_BYTES",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "Bad strategy, costs, bars or model: the detail names the field and line",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "429",
      description = "The tenant already runs as many backtests as its tier allows",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "503",
      description = "The platform's backtest queue is full",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response start(BacktestRequestJson body) {
    try {
      BacktestMultipart.checkCsv(body == null ? null : body.csv, uploadLimit());
      Caller caller = TokenClaims.caller(token);
      BacktestRun run =
          backtests.submit(CallerTenant.of(caller), caller.username(), BacktestViews.request(body));
      return Response.accepted(BacktestViews.RunJson.of(run))
          .location(uri.getAbsolutePathBuilder().path(run.id().toString()).build())
          .build();
    } catch (BacktestMultipart.TooLarge e) {
      return Problem.response(413, "Content Too Large", e.getMessage());
    } catch (InvalidBacktestException e) {
      return Problem.response(422, "Unprocessable Content", e.getMessage());
    } catch (BacktestLimitException e) {
      return Problem.response(429, "Too Many Requests", e.getMessage());
    } catch (BacktestQueueFullException e) {
      return Response.fromResponse(Problem.response(503, "Service Unavailable", e.getMessage()))
          .header("Retry-After", "30")
          .build();
    }
  }

  @GET
  @RolesAllowed(Roles.TRADER)
  @Operation(summary = "The caller's backtests, newest first (without reports)")
  public List<BacktestViews.RunJson> list() {
    return backtests.list(tenant()).stream().map(BacktestViews.RunJson::of).toList();
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Roles.TRADER)
  @Operation(
      summary = "One backtest: status, progress (0..1), and once SUCCEEDED the report",
      description =
          "report is the JSON ./nusatrade backtest --report writes (trades, metrics, buyAndHold);"
              + " equity the equity curve as [time, equity] pairs")
  @APIResponse(
      responseCode = "404",
      description = "No such run of the caller's tenant",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public BacktestViews.RunJson get(@PathParam("id") String id) {
    return BacktestId.parse(id)
        .flatMap(runId -> backtests.find(tenant(), runId))
        .map(BacktestViews.RunJson::of)
        .orElseThrow(() -> new NotFoundException("backtest not found"));
  }
}
