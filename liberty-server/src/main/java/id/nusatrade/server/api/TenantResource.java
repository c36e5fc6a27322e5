package id.nusatrade.server.api;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.server.security.AccessAudit;
import id.nusatrade.server.security.Caller;
import id.nusatrade.server.security.Roles;
import id.nusatrade.server.security.TokenClaims;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
 * Tenants and their users. Only the caller's own tenant is ever visible: another tenant's id gives
 * 404 exactly like an id that does not exist, so ids cannot be probed.
 */
@Path("tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tenants")
@SecurityRequirement(name = "keycloak")
@APIResponse(
    responseCode = "400",
    description = "The id is not a UUID",
    content = @Content(mediaType = Problem.MEDIA_TYPE))
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The token lacks a permitted role or a tenant")
@APIResponse(
    responseCode = "404",
    description = "No such tenant visible to the caller",
    content = @Content(mediaType = Problem.MEDIA_TYPE))
public class TenantResource {
  @Inject JsonWebToken token;
  @Inject TenantRepository tenants;
  @Inject AccessAudit audit;

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.TRADER, Roles.COMPLIANCE_OFFICER, Roles.ADMIN})
  @Operation(summary = "The caller's tenant")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = TenantView.class)))
  public TenantView tenant(@Parameter(description = "Tenant UUID") @PathParam("id") String id) {
    TenantId wanted = Ids.tenant(id);
    Caller caller = TokenClaims.caller(token);
    TenantView view =
        tenants
            .findTenant(CallerTenant.of(caller), wanted)
            .map(TenantView::of)
            .orElseThrow(() -> new NotFoundException("tenant not found"));
    auditRead(caller, wanted, "GET /api/v1/tenants/" + wanted);
    return view;
  }

  @GET
  @Path("{id}/users")
  @RolesAllowed({Roles.TRADER, Roles.COMPLIANCE_OFFICER, Roles.ADMIN})
  @Operation(summary = "Users of the caller's tenant")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = UserView[].class)))
  public List<UserView> users(@Parameter(description = "Tenant UUID") @PathParam("id") String id) {
    TenantId wanted = Ids.tenant(id);
    Caller caller = TokenClaims.caller(token);
    TenantId own = CallerTenant.of(caller);
    if (tenants.findTenant(own, wanted).isEmpty()) {
      throw new NotFoundException("tenant not found");
    }
    List<UserView> users = tenants.usersOf(own).stream().map(UserView::of).toList();
    auditRead(caller, wanted, "GET /api/v1/tenants/" + wanted + "/users");
    return users;
  }

  private void auditRead(Caller caller, TenantId subject, String request) {
    if (Roles.readIsAudited(caller)) {
      audit.tenantRead(caller, subject, request);
    }
  }
}
