package id.nusatrade.ui.security;

import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Translates an identity (user name, ID-token claims, container role checks) into a {@link
 * SignedInUser}. The realm puts the user's roles in the {@code groups} claim and the tenant in
 * {@code tenant_id}; a user without a valid tenant gets no session user (so no tenant data).
 */
public final class TokenClaims {
  static final String GROUPS = "groups";
  static final String TENANT_ID = "tenant_id";

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
    return tenantOf(claims).map(t -> new SignedInUser(username, t, rolesOf(claims, containerRole)));
  }

  static Optional<TenantId> tenantOf(Map<String, ?> claims) {
    Object raw = claims.get(TENANT_ID);
    if (raw == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(TenantId.of(raw.toString().trim()));
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
  }

  static Set<Role> rolesOf(Map<String, ?> claims, Predicate<String> containerRole) {
    Set<String> groups = claims.get(GROUPS) instanceof Collection<?> c ? asStrings(c) : Set.of();
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (groups.contains(role.claim()) || containerRole.test(role.claim())) {
        roles.add(role);
      }
    }
    return roles;
  }

  private static Set<String> asStrings(Collection<?> values) {
    return values.stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet());
  }
}
