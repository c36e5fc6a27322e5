package id.nusatrade.server.security;

import id.nusatrade.platform.security.Claims;
import jakarta.json.JsonString;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads a validated MicroProfile JWT into a {@link Caller}; which claims carry the tenant and the
 * roles, and which roles count, is the platform's {@link Claims} (shared with the UI).
 */
public final class TokenClaims {
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
        Claims.tenant(text(token.getClaim(Claims.TENANT_ID))),
        Claims.roles(token.getGroups()),
        session(token));
  }

  /** Keycloak's session id ({@code sid}) spans every token of one login; the token id otherwise. */
  private static String session(JsonWebToken token) {
    String sid = text(token.getClaim(Claims.SESSION_ID));
    return sid != null ? sid : token.getTokenID();
  }

  private static String text(Object claim) {
    return claim instanceof JsonString json ? json.getString() : Claims.text(claim);
  }
}
