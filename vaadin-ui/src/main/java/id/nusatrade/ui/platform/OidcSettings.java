package id.nusatrade.ui.platform;

/**
 * The OpenID Connect names the app itself needs (the login flow is Liberty's, configured in {@code
 * configDropins/defaults/vaadin-ui.xml}); same environment variables and defaults.
 */
final class OidcSettings {
  private OidcSettings() {}

  static String issuer() {
    return env("OIDC_ISSUER", "http://127.0.0.1:8180/realms/nusatrade");
  }

  static String clientId() {
    return env("OIDC_WEB_CLIENT_ID", "nusatrade-web");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
