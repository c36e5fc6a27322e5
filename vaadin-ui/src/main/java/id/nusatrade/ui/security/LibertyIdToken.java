package id.nusatrade.ui.security;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * Reads the ID token's claims through Liberty's {@code PropagationHelper} (IBM API, visible to
 * every app by default). Called reflectively because that API jar is not published on the Maven
 * repository this build can reach; outside Liberty the claims are simply empty.
 */
final class LibertyIdToken {
  private static final String HELPER = "com.ibm.websphere.security.openidconnect.PropagationHelper";
  private static final String ID_TOKEN = "com.ibm.websphere.security.openidconnect.token.IdToken";

  private LibertyIdToken() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> claims() {
    try {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      Object token = Class.forName(HELPER, true, loader).getMethod("getIdToken").invoke(null);
      if (token == null) {
        return Map.of();
      }
      Method allClaims = Class.forName(ID_TOKEN, true, loader).getMethod("getAllClaims");
      Object claims = allClaims.invoke(token);
      return claims instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    } catch (ReflectiveOperationException | LinkageError notOnLiberty) {
      return Map.of();
    }
  }
}
