package id.nusatrade.platform.config;

/**
 * The settings both WARs read (the launcher passes them to Liberty under these names; see
 * docs/launcher.md for every key). One place for their names and defaults, so the REST server and
 * the UI cannot disagree on where the broker or the identity provider is.
 */
public enum PlatformSetting implements SettingKey {
  ARTEMIS_URL(
      "ARTEMIS_URL", "tcp://127.0.0.1:61616", "the event bus (Artemis) the WARs connect to"),
  ARTEMIS_USER("ARTEMIS_USER", "nusatrade", "broker user"),
  ARTEMIS_PASSWORD("ARTEMIS_PASSWORD", "nusatrade", "broker password"),
  OIDC_ISSUER(
      "OIDC_ISSUER", "http://127.0.0.1:8180/realms/nusatrade", "the realm that issues tokens"),
  OIDC_WEB_CLIENT_ID("OIDC_WEB_CLIENT_ID", "nusatrade-web", "the web UI's OIDC client"),
  MARKET_SESSIONS(
      "NUSATRADE_SESSIONS",
      "",
      "trading session per symbol, SYMBOL=ZONE@HH:MM;... (D1/H4 bars, session VWAP, chart);"
          + " other symbols: FX, 17:00 America/New_York"),
  RULES_FOUR_EYES(
      "NUSATRADE_RULES_FOUR_EYES",
      "true",
      "true: a rule set publish waits for a second business-staff user's approval");

  private final SettingSpec spec;

  PlatformSetting(String envName, String defaultValue, String description) {
    this.spec = new SettingSpec(envName, defaultValue, description);
  }

  @Override
  public SettingSpec spec() {
    return spec;
  }
}
