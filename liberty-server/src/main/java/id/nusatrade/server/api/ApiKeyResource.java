package id.nusatrade.server.api;

import id.nusatrade.billing.apikey.ApiKey;
import id.nusatrade.billing.apikey.ApiKeyService;
import id.nusatrade.billing.apikey.CreatedApiKey;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.server.security.Caller;
import id.nusatrade.server.security.Roles;
import id.nusatrade.server.security.TokenClaims;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's API keys: create (the secret is in this answer only), list, rotate, revoke. A key of
 * another user or tenant is 404, like a missing one.
 */
@Path("api-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "billing")
@SecurityRequirement(name = "keycloak")
public class ApiKeyResource {
  public record CreateRequest(String name) {}

  /** A key as listed: never its secret. */
  public record KeyView(
      String id,
      String name,
      Instant createdAt,
      Instant rotatedAt,
      Instant lastUsedAt,
      Instant revokedAt,
      boolean revoked) {
    static KeyView of(ApiKey key) {
      return new KeyView(
          key.id(),
          key.name(),
          key.createdAt(),
          key.rotatedAt().orElse(null),
          key.lastUsedAt().orElse(null),
          key.revokedAt().orElse(null),
          key.revoked());
    }
  }

  /** Created or rotated: {@code secret} is the full key, shown this once. */
  public record SecretView(KeyView key, String secret) {
    static SecretView of(CreatedApiKey created) {
      return new SecretView(KeyView.of(created.key()), created.secret());
    }
  }

  @Inject JsonWebToken token;
  @Inject ApiKeyService keys;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.TRADER)
  @Operation(summary = "Create a named key; the secret is shown in this answer only")
  public Response create(CreateRequest body) {
    Caller caller = TokenClaims.caller(token);
    CreatedApiKey created =
        keys.create(
            CallerTenant.of(caller),
            caller.username(),
            caller.roles(),
            body == null ? null : body.name());
    return Response.status(201).entity(SecretView.of(created)).build();
  }

  @GET
  @RolesAllowed(Roles.TRADER)
  @Operation(summary = "The caller's keys, newest first (never the secrets)")
  public List<KeyView> list() {
    Caller caller = TokenClaims.caller(token);
    return keys.list(CallerTenant.of(caller), caller.username()).stream().map(KeyView::of).toList();
  }

  @POST
  @Path("{id}/rotate")
  @RolesAllowed(Roles.TRADER)
  @Operation(summary = "A new secret for the key (shown once); the old one stops working")
  public SecretView rotate(@PathParam("id") String id) {
    Caller caller = TokenClaims.caller(token);
    TenantId tenant = CallerTenant.of(caller);
    return keys.rotate(tenant, caller.username(), id)
        .map(SecretView::of)
        .orElseThrow(() -> new NotFoundException("no live API key " + id));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Roles.TRADER)
  @Operation(summary = "Revoke the key")
  public Response revoke(@PathParam("id") String id) {
    Caller caller = TokenClaims.caller(token);
    if (!keys.revoke(CallerTenant.of(caller), caller.username(), id)) {
      throw new NotFoundException("no API key " + id);
    }
    return Response.noContent().build();
  }
}
