package id.nusatrade.server.api;

import id.nusatrade.billing.apikey.RateDecision;
import id.nusatrade.compliance.kyc.InvalidIdentityException;
import id.nusatrade.compliance.onboarding.Application;
import id.nusatrade.compliance.onboarding.ApplicationId;
import id.nusatrade.compliance.onboarding.Applications;
import id.nusatrade.compliance.onboarding.ContactVerification;
import id.nusatrade.compliance.onboarding.InvalidCodeException;
import id.nusatrade.compliance.onboarding.ResubmissionNotExpectedException;
import id.nusatrade.compliance.onboarding.UnknownApplicationException;
import id.nusatrade.server.onboarding.RegistrationLimiter;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public registration (API.md): no token. Each client address gets a few registrations a minute; a
 * form error answers 422 naming the field and nothing is stored. The answer's application id is the
 * applicant's only key to the status. Translation only: {@link Applications} decides.
 */
@Path("onboarding")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "onboarding")
@PermitAll
public class OnboardingResource {
  @Inject Applications applications;
  @Inject RegistrationLimiter limiter;
  @Inject ContactVerification verification;
  @Context HttpServletRequest http;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Start a registration {fullName, email, phone, nik, dateOfBirth, username}: 202 with the"
              + " application id")
  @APIResponse(responseCode = "202", description = "Stored; the onboarding process runs")
  @APIResponse(responseCode = "422", description = "A field is wrong; the body names it")
  @APIResponse(responseCode = "429", description = "Too many registrations from this address")
  public Response register(OnboardingViews.RegistrationRequest body) {
    RateDecision decision = limiter.admit(http.getRemoteAddr());
    if (!decision.admitted()) {
      return Response.fromResponse(
              Problem.response(
                  429,
                  "Too Many Requests",
                  "at most %d registrations per minute from one address; retry in %d s"
                      .formatted(decision.limit(), decision.retryAfterSeconds())))
          .header("Retry-After", decision.retryAfterSeconds())
          .build();
    }
    if (body == null) {
      return OnboardingViews.FieldProblem.response("body", "a JSON registration is required");
    }
    try {
      Application a = applications.register(body.registration(), http.getRemoteAddr());
      return Response.accepted(OnboardingViews.ApplicationView.of(a)).build();
    } catch (InvalidIdentityException e) {
      return OnboardingViews.FieldProblem.response(e.field(), e.getMessage());
    }
  }

  @GET
  @Path("{id}")
  @Operation(summary = "The application's status, for the holder of its id")
  @APIResponse(responseCode = "404", description = "No such application")
  public Response status(@PathParam("id") String id) {
    try {
      return Response.ok(
              OnboardingViews.ApplicationView.of(applications.status(ApplicationId.parse(id))))
          .build();
    } catch (UnknownApplicationException e) {
      return Problem.response(404, "Not Found", e.getMessage());
    }
  }

  @POST
  @Path("{id}/verification")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Verify the contact with the mailed code {code}: 204; wrong code 422")
  @APIResponse(responseCode = "204", description = "Verified; the application moves on")
  @APIResponse(responseCode = "422", description = "Wrong, expired or too often tried code")
  @APIResponse(responseCode = "404", description = "No such application, or no code sent yet")
  public Response verify(@PathParam("id") String id, OnboardingViews.VerificationRequest body) {
    try {
      verification.verify(ApplicationId.parse(id), body == null ? null : body.code);
      return Response.noContent().build();
    } catch (InvalidCodeException e) {
      return OnboardingViews.FieldProblem.response(e.field(), e.getMessage());
    } catch (UnknownApplicationException e) {
      return Problem.response(404, "Not Found", e.getMessage());
    }
  }

  @POST
  @Path("{id}/resubmission")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Corrected registration data, when the application asked for it: 202")
  @APIResponse(responseCode = "409", description = "The application is not waiting for it")
  public Response resubmit(@PathParam("id") String id, OnboardingViews.RegistrationRequest body) {
    if (body == null) {
      return OnboardingViews.FieldProblem.response("body", "a JSON registration is required");
    }
    try {
      Application a = applications.resubmit(ApplicationId.parse(id), body.registration());
      return Response.accepted(OnboardingViews.ApplicationView.of(a)).build();
    } catch (InvalidIdentityException e) {
      return OnboardingViews.FieldProblem.response(e.field(), e.getMessage());
    } catch (UnknownApplicationException e) {
      return Problem.response(404, "Not Found", e.getMessage());
    } catch (ResubmissionNotExpectedException e) {
      return Problem.response(409, "Conflict", e.getMessage());
    }
  }
}
