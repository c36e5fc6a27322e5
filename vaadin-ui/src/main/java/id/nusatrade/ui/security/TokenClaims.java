package id.nusatrade.ui.security;

import id.nusatrade.platform.security.Claims;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Translates an identity (user name, ID-token claims, container role checks) into a {@link
 * SignedInUser}, reading tenant and roles the platform's way ({@link Claims}, shared with the REST
 * server); a user without a valid tenant gets no session user (so no tenant data).
 */
public final class TokenClaims {
  private TokenClaims() {}

  /**
   * @param containerRole the servlet container's role check; roles it grants (mapped from the same
   *     {@code groups} claim in the server configuration) count as well as the raw claim, so a
   *     missing binding in the server config does not silently strip a user's roles.
   */
  public static Optional<SignedInUser> toUser(
      String username, Map<String, ?> claims, Predicate<String> containerRole) {
    if (username == null || username.isBlank()) {
      return Optional.empty();
    }
    Collection<?> groups = claims.get(Claims.GROUPS) instanceof Collection<?> c ? c : null;
    return Claims.tenant(Claims.text(claims.get(Claims.TENANT_ID)))
        .map(t -> new SignedInUser(username, t, Claims.roles(groups, containerRole)));
  }
}
