package id.nusatrade.server.api;

import id.nusatrade.compliance.review.InvalidDecisionException;
import id.nusatrade.compliance.review.ReviewConflictException;
import id.nusatrade.compliance.review.ReviewQueue;
import id.nusatrade.compliance.review.ReviewTask;
import id.nusatrade.compliance.review.ReviewTaskStore;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Compliance officers' review queue (API.md): open tasks by SLA deadline, claim, decide with a
 * mandatory reason. An officer sees the tasks of their own tenant and the KYC cases (which belong
 * to no tenant yet); another tenant's task answers 404. Translation only: {@link ReviewQueue}
 * decides (four eyes, audit trail) and completes the user task in the engine.
 */
@Path("review-tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "review")
@SecurityRequirement(name = "keycloak")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class ReviewTaskResource {
  @Inject JsonWebToken token;
  @Inject ReviewQueue queue;
  @Inject ReviewTaskStore tasks;

  @GET
  @Operation(summary = "Open and claimed tasks, earliest SLA deadline first")
  public List<OnboardingViews.ReviewTaskView> open() {
    TenantId tenant = CallerTenant.of(caller());
    return queue.open().stream()
        .filter(t -> visible(t, tenant))
        .map(OnboardingViews.ReviewTaskView::of)
        .toList();
  }

  @POST
  @Path("{id}/claim")
  @Operation(summary = "Claim the task (idempotent for its claimant); 409 when another has it")
  public Response claim(@PathParam("id") String id) {
    long key = visibleKey(id);
    return answer(() -> queue.claim(key, caller().username()));
  }

  @POST
  @Path("{id}/release")
  @Operation(summary = "Give a claimed task back to the queue")
  public Response release(@PathParam("id") String id) {
    long key = visibleKey(id);
    return answer(() -> queue.release(key, caller().username()));
  }

  @POST
  @Path("{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Decide {outcome, reason} (reason mandatory: 422 without); completes the process's task")
  public Response decide(@PathParam("id") String id, OnboardingViews.DecisionRequest body) {
    long key = visibleKey(id);
    OnboardingViews.DecisionRequest d = body == null ? new OnboardingViews.DecisionRequest() : body;
    return answer(() -> queue.decide(key, caller().username(), d.outcome, d.reason));
  }

  private Caller caller() {
    return TokenClaims.caller(token);
  }

  private long visibleKey(String id) {
    long key;
    try {
      key = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFoundException("no review task " + id);
    }
    TenantId tenant = CallerTenant.of(caller());
    if (tasks.find(key).filter(t -> visible(t, tenant)).isEmpty()) {
      throw new NotFoundException("no review task " + id);
    }
    return key;
  }

  private static boolean visible(ReviewTask task, TenantId tenant) {
    return task.tenant() == null || task.tenant().equals(tenant);
  }

  private static Response answer(Supplier<ReviewTask> action) {
    try {
      return Response.ok(OnboardingViews.ReviewTaskView.of(action.get())).build();
    } catch (InvalidDecisionException e) {
      return OnboardingViews.FieldProblem.response(e.field(), e.getMessage());
    } catch (ReviewConflictException e) {
      return Problem.response(409, "Conflict", e.getMessage());
    } catch (ReviewQueue.ReviewTaskNotFoundException e) {
      return Problem.response(404, "Not Found", e.getMessage());
    }
  }
}
