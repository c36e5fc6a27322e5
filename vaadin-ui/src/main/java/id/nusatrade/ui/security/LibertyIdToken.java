package id.nusatrade.ui.security;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the ID token's claims through Liberty's {@code PropagationHelper} (IBM API, visible to
 * every app by default). Called reflectively because that API jar is not published on the Maven
 * repository this build can reach; outside Liberty the claims are simply empty.
 */
public final class LibertyIdToken {
  private static final String HELPER = "com.ibm.websphere.security.openidconnect.PropagationHelper";
  private static final String ID_TOKEN = "com.ibm.websphere.security.openidconnect.token.IdToken";

  private LibertyIdToken() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> claims() {
    return call("getAllClaims") instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  /** The signed ID token as received; Keycloak needs it as id_token_hint to log out silently. */
  public static Optional<String> raw() {
    return call("getRawIdToken") instanceof String raw ? Optional.of(raw) : Optional.empty();
  }

  /**
   * The signed-in user's access token (Keycloak's, audience {@code nusatrade}), for calling the
   * REST application of this server as that user; empty outside Liberty or without a login.
   */
  public static Optional<String> accessToken() {
    try {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      return Class.forName(HELPER, true, loader).getMethod("getAccessToken").invoke(null)
              instanceof String token
          ? Optional.of(token)
          : Optional.empty();
    } catch (ReflectiveOperationException | LinkageError notOnLiberty) {
      return Optional.empty();
    }
  }

  private static Object call(String idTokenMethod) {
    try {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      Object token = Class.forName(HELPER, true, loader).getMethod("getIdToken").invoke(null);
      if (token == null) {
        return null;
      }
      Method method = Class.forName(ID_TOKEN, true, loader).getMethod(idTokenMethod);
      return method.invoke(token);
    } catch (ReflectiveOperationException | LinkageError notOnLiberty) {
      return null;
    }
  }
}
