package id.nusatrade.platform.security;

import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The realm's claims (Keycloak realm {@code nusatrade}): the user's roles in {@code groups}, the
 * tenant in {@code tenant_id}, the login session in {@code sid}. Keycloak also puts its own realm
 * roles (such as {@code offline_access}) in {@code groups}; only the platform's roles count. Both
 * WARs read tokens through here, so a user has the same tenant and roles in the REST API and the
 * UI.
 */
public final class Claims {
  public static final String TENANT_ID = "tenant_id";
  public static final String GROUPS = "groups";
  public static final String SESSION_ID = "sid";

  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Claims() {}

  /**
   * The tenant of a {@code tenant_id} claim; empty unless it is a canonical UUID (so {@code
   * 1-1-1-1-1}, which {@link java.util.UUID#fromString} would accept, is refused).
   */
  public static Optional<TenantId> tenant(String claim) {
    String text = claim == null ? null : claim.trim();
    return text != null && UUID_TEXT.matcher(text).matches()
        ? Optional.of(TenantId.of(text))
        : Optional.empty();
  }

  /** The platform roles among {@code groups} (null: none). */
  public static Set<Role> roles(Collection<?> groups) {
    return roles(groups, claim -> false);
  }

  /**
   * The platform roles among {@code groups}, plus those {@code alsoGranted} admits by claim name
   * (the servlet container's role mapping of the same claim, so a missing binding in the server
   * configuration does not silently strip a user's roles).
   */
  public static Set<Role> roles(Collection<?> groups, Predicate<String> alsoGranted) {
    Set<String> names = groups == null ? Set.of() : asStrings(groups);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (names.contains(role.claim()) || alsoGranted.test(role.claim())) {
        roles.add(role);
      }
    }
    return roles;
  }

  private static Set<String> asStrings(Collection<?> values) {
    return values.stream()
        .map(Claims::text)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /**
   * A claim value as text. JSON-P strings (MicroProfile JWT, the OIDC client) print themselves
   * quoted, so their quotes are taken off here rather than by each caller.
   */
  public static String text(Object claim) {
    if (claim == null) {
      return null;
    }
    String text = claim.toString();
    boolean quoted = text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"");
    return quoted && !(claim instanceof String) ? text.substring(1, text.length() - 1) : text;
  }
}
