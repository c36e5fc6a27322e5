package id.nusatrade.compliance.account;

import id.nusatrade.platform.config.SettingKey;
import id.nusatrade.platform.config.SettingSpec;

/**
 * Where onboarding creates trader accounts: a Keycloak realm's admin REST API, as the realm's
 * service-account client (client credentials grant; the client needs realm-management's
 * manage-users, view-users, query-users and view-realm).
 */
public enum KeycloakSetting implements SettingKey {
  URL(
      "NUSATRADE_KEYCLOAK_URL",
      "http://127.0.0.1:8180",
      "Keycloak base URL (the launcher passes its embedded or external one)"),
  REALM("NUSATRADE_KEYCLOAK_REALM", "nusatrade", "realm trader accounts are created in"),
  CLIENT_ID(
      "NUSATRADE_KEYCLOAK_PROVISIONING_CLIENT",
      "nusatrade-provisioning",
      "service-account client of that realm allowed to manage users"),
  CLIENT_SECRET(
      "NUSATRADE_KEYCLOAK_PROVISIONING_SECRET",
      "nusatrade-provisioning-dev-secret",
      "that client's secret (the shipped realm's development secret by default; never logged)"),
  TIMEOUT_MILLIS(
      "NUSATRADE_KEYCLOAK_TIMEOUT_MILLIS", "10000", "connect and request timeout of admin calls"),
  LOGIN_URL(
      "NUSATRADE_LOGIN_URL",
      "http://127.0.0.1:9080/",
      "where a new trader logs in (written in the welcome e-mail)");

  private final SettingSpec spec;

  KeycloakSetting(String envName, String defaultValue, String description) {
    this.spec = new SettingSpec(envName, defaultValue, description);
  }

  @Override
  public SettingSpec spec() {
    return spec;
  }
}
