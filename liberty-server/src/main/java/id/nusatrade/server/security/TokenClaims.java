package id.nusatrade.server.security;

import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import jakarta.json.JsonString;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads a validated token into a {@link Caller}. Keycloak also puts its own realm roles (such as
 * {@code offline_access}) in {@code groups}; only the platform's roles count.
 */
public final class TokenClaims {
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private TokenClaims() {}

  /**
   * The request's caller: the owner of the API key it came with ({@link ApiKeyCaller}), else the
   * token's subject.
   */
  public static Caller caller(JsonWebToken token) {
    Optional<ApiKeyCaller> byKey = ApiKeyCaller.current();
    if (byKey.isPresent()) {
      return byKey.get().caller();
    }
    return new Caller(
        token.getName(),
        tenant(text(token.getClaim("tenant_id"))),
        roles(token.getGroups()),
        session(token));
  }

  static Optional<TenantId> tenant(String claim) {
    return claim != null && UUID_TEXT.matcher(claim).matches()
        ? Optional.of(TenantId.of(claim))
        : Optional.empty();
  }

  static Set<Role> roles(Set<String> groups) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (groups != null) {
      Arrays.stream(Role.values()).filter(r -> groups.contains(r.claim())).forEach(roles::add);
    }
    return roles;
  }

  /** Keycloak's session id ({@code sid}) spans every token of one login; the token id otherwise. */
  private static String session(JsonWebToken token) {
    String sid = text(token.getClaim("sid"));
    return sid != null ? sid : token.getTokenID();
  }

  private static String text(Object claim) {
    if (claim instanceof JsonString json) {
      return json.getString();
    }
    return claim == null ? null : claim.toString();
  }
}
