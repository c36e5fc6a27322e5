package id.nusatrade.launcher.config;

import id.nusatrade.platform.config.SettingKey;
import id.nusatrade.platform.config.SettingSpec;
import java.util.Locale;

/**
 * Every key the launcher reads, with its default and what it means. A key is looked up as a CLI
 * flag ({@code --pg-port=15433}), then an environment variable of the same name, then {@code <state
 * dir>/config.properties}, then the default here.
 */
public enum Setting implements SettingKey {
  HOME(
      "NUSATRADE_HOME",
      "",
      "repository root (./nusatrade sets it); default: the working directory"),
  STATE_DIR("NUSATRADE_STATE_DIR", "", "all persistent state and logs; default <home>/.nusatrade"),
  M2_REPO("NUSATRADE_M2_REPO", "", "Maven repository holding the distributions; default ~/.m2"),
  STARTUP_TIMEOUT("NUSATRADE_STARTUP_TIMEOUT_SECONDS", "600", "readiness wait per component"),
  RESTART_MAX_FAILURES(
      "NUSATRADE_RESTART_MAX_FAILURES",
      "5",
      "the supervisor restarts a crashed component with backoff (1 s doubling to 60 s) and gives"
          + " up at this many failures in a row, each within 5 min of its last start"),
  HTTP_PORT("NUSATRADE_HTTP_PORT", "9080", "Liberty HTTP"),
  HTTPS_PORT("NUSATRADE_HTTPS_PORT", "9443", "Liberty HTTPS"),
  GATEWAY_PORT("NUSATRADE_GATEWAY_PORT", "7788", "MT5 gateway port the Expert Advisor dials"),
  GATEWAY_MAX_TICK_AGE(
      "NUSATRADE_GATEWAY_MAX_TICK_AGE_SECONDS",
      "60",
      "the gateway rejects ticks older than this as STALE; 0 turns the check off (recorded data)"),
  MARKET_SESSIONS(
      "NUSATRADE_SESSIONS",
      "",
      "trading session per symbol, SYMBOL=ZONE@HH:MM;... (D1/H4 bars, session VWAP, chart);"
          + " other symbols: FX, 17:00 America/New_York"),
  TICK_STORE(
      "NUSATRADE_TICK_STORE",
      "postgres",
      "where ticks, bars and indicator values live: postgres (the platform's database) or"
          + " clickhouse (a local clickhouse-server, or --clickhouse-url)"),
  CLICKHOUSE_PORT("NUSATRADE_CLICKHOUSE_PORT", "18123", "local ClickHouse HTTP (JDBC) port"),
  CLICKHOUSE_TCP_PORT(
      "NUSATRADE_CLICKHOUSE_TCP_PORT", "19000", "its native port (clickhouse-client)"),
  CLICKHOUSE_URL(
      "NUSATRADE_CLICKHOUSE_URL",
      "",
      "jdbc:clickhouse://host:8123/db of an existing ClickHouse: no local server"),
  DEMO_DATA("NUSATRADE_DEMO_DATA", "true", "load demo tenants and users into the database"),
  PG_PORT("NUSATRADE_PG_PORT", "15432", "embedded PostgreSQL"),
  PG_EXTERNAL_URL("NUSATRADE_PG_EXTERNAL_URL", "", "JDBC URL of an existing database: no embedded"),
  DB_OWNER_USER("DB_OWNER_USER", "nusatrade_owner", "schema owner (migrations only)"),
  DB_OWNER_PASSWORD(
      "DB_OWNER_PASSWORD",
      "",
      "schema owner's password; default: generated (credentials.properties)"),
  DB_APP_USER("DB_APP_USER", "nusatrade_app", "application role, not owner: row security applies"),
  DB_APP_PASSWORD(
      "DB_APP_PASSWORD", "", "application role's password; default: generated, as the owner's"),
  ARTEMIS_PORT("NUSATRADE_ARTEMIS_PORT", "61616", "embedded Artemis acceptor (CORE, AMQP)"),
  ARTEMIS_EXTERNAL_URL("NUSATRADE_ARTEMIS_EXTERNAL_URL", "", "tcp:// URL of an existing broker"),
  ARTEMIS_USER("ARTEMIS_USER", "nusatrade", "broker user"),
  ARTEMIS_PASSWORD("ARTEMIS_PASSWORD", "nusatrade", "broker password"),
  ZEEBE_PORT("NUSATRADE_ZEEBE_PORT", "26500", "Zeebe gateway gRPC"),
  ZEEBE_COMMAND_PORT("NUSATRADE_ZEEBE_COMMAND_PORT", "26501", "Zeebe broker command API"),
  ZEEBE_INTERNAL_PORT("NUSATRADE_ZEEBE_INTERNAL_PORT", "26502", "Zeebe cluster membership"),
  ZEEBE_MONITORING_PORT("NUSATRADE_ZEEBE_MONITORING_PORT", "9600", "Zeebe health and metrics"),
  ZEEBE_REST_PORT("NUSATRADE_ZEEBE_REST_PORT", "8088", "Zeebe REST gateway"),
  ZEEBE_EXTERNAL_ADDRESS("NUSATRADE_ZEEBE_EXTERNAL_ADDRESS", "", "gRPC address of existing Zeebe"),
  ZEEBE_EXTERNAL_REST_ADDRESS("NUSATRADE_ZEEBE_EXTERNAL_REST_ADDRESS", "", "its REST address"),
  KEYCLOAK_PORT("NUSATRADE_KEYCLOAK_PORT", "8180", "embedded Keycloak HTTP"),
  KEYCLOAK_EXTERNAL_URL("NUSATRADE_KEYCLOAK_EXTERNAL_URL", "", "base URL of an existing Keycloak"),
  KEYCLOAK_ADMIN_PASSWORD("NUSATRADE_KEYCLOAK_ADMIN_PASSWORD", "nusatrade-demo", "master admin"),
  OIDC_WEB_CLIENT_ID("OIDC_WEB_CLIENT_ID", "nusatrade-web", "confidential client of the web UI"),
  OIDC_WEB_CLIENT_SECRET("OIDC_WEB_CLIENT_SECRET", "nusatrade-web-dev-secret", "its secret"),
  MIDTRANS_PORT(
      "NUSATRADE_MIDTRANS_PORT", "9095", "local Midtrans simulator (Core API + pay page)"),
  MIDTRANS_EXTERNAL_URL(
      "NUSATRADE_MIDTRANS_EXTERNAL_URL",
      "",
      "Midtrans Core API instead of the simulator: https://api.sandbox.midtrans.com or"
          + " https://api.midtrans.com"),
  MIDTRANS_SERVER_KEY(
      "NUSATRADE_MIDTRANS_SERVER_KEY",
      "SB-Mid-server-nusatrade-demo-key",
      "Midtrans server key; the demo default only works with the simulator"),
  SMTP_PORT(
      "NUSATRADE_SMTP_PORT", "3025", "embedded mail server (GreenMail) SMTP, or the external's"),
  IMAP_PORT("NUSATRADE_IMAP_PORT", "3143", "embedded mail server IMAP: read the platform's mail"),
  SMTP_HOST(
      "NUSATRADE_SMTP_HOST",
      "",
      "an SMTP server instead of the embedded GreenMail (then SMTP_PORT is its port)"),
  LIBERTY_HOME("NUSATRADE_LIBERTY_HOME", "", "wlp dir; default <home>/liberty-server/target/..."),
  LIBERTY_EXTERNAL_URL("NUSATRADE_LIBERTY_EXTERNAL_URL", "", "an app server already running");

  private final SettingSpec spec;

  Setting(String envName, String defaultValue, String description) {
    this.spec = new SettingSpec(envName, defaultValue, description);
  }

  @Override
  public SettingSpec spec() {
    return spec;
  }

  /**
   * A secret with no published default: unless the user sets it, {@link LauncherConfig} takes it
   * from {@link GeneratedSecrets} (made up once per state folder).
   */
  public boolean isGenerated() {
    return this == DB_OWNER_PASSWORD || this == DB_APP_PASSWORD;
  }

  /** {@code NUSATRADE_PG_EXTERNAL_URL} becomes {@code --pg-external-url}. */
  public String flag() {
    String bare = envName().startsWith("NUSATRADE_") ? envName().substring(10) : envName();
    return "--" + bare.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
