package id.nusatrade.ui.platform;

import id.nusatrade.platform.config.PlatformSetting;

/**
 * The OpenID Connect names the app itself needs (the login flow is Liberty's, configured in {@code
 * configDropins/defaults/vaadin-ui.xml}); the platform's settings, read from the environment.
 */
final class OidcSettings {
  private OidcSettings() {}

  static String issuer() {
    return PlatformSetting.OIDC_ISSUER.fromEnvironment();
  }

  static String clientId() {
    return PlatformSetting.OIDC_WEB_CLIENT_ID.fromEnvironment();
  }
}
