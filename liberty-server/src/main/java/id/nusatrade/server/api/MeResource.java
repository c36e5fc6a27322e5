package id.nusatrade.server.api;

import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.server.security.Caller;
import id.nusatrade.server.security.Roles;
import id.nusatrade.server.security.TokenClaims;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller as the token describes them, with their user record if their tenant has one. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me")
@SecurityRequirement(name = "keycloak")
public class MeResource {
  @Inject JsonWebToken token;
  @Inject TenantRepository tenants;

  @GET
  @RolesAllowed({Roles.TRADER, Roles.COMPLIANCE_OFFICER, Roles.BUSINESS_STAFF, Roles.ADMIN})
  @Operation(summary = "Who am I")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = MeView.class)))
  @APIResponse(responseCode = "401", description = "No valid token")
  public MeView me() {
    Caller caller = TokenClaims.caller(token);
    List<String> roles = caller.roles().stream().map(Role::claim).sorted().toList();
    UserView user =
        caller
            .tenant()
            .flatMap(
                tenant ->
                    tenants.usersOf(tenant).stream()
                        .filter(u -> u.username().equals(caller.username()))
                        .findFirst())
            .map(UserView::of)
            .orElse(null);
    String tenantId = caller.tenant().map(Object::toString).orElse(null);
    return new MeView(caller.username(), tenantId, roles, user);
  }
}
