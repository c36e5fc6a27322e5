package id.nusatrade.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.compliance.audit.PostgresAuditTrail;
import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.launcher.component.EmbeddedArtemis;
import id.nusatrade.launcher.component.KeycloakServer;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.jms.ArtemisConnections;
import id.nusatrade.messaging.jms.ArtemisEventPublisher;
import id.nusatrade.messaging.jms.EventMessages;
import id.nusatrade.messaging.json.EventJsonCodec;
import id.nusatrade.tickstore.postgres.PostgresTickStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API over HTTP: the real Liberty server against a real PostgreSQL (migrated by the server at
 * startup, demo data on), a real Keycloak with the nusatrade realm and an embedded Artemis. The
 * workflow engine is deliberately absent, which its readiness check must report.
 */
class TenantApiIT {
  private static final String A = "11111111-1111-1111-1111-111111111111";
  private static final String B = "22222222-2222-2222-2222-222222222222";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static EmptyDatabase db;
  private static KeycloakServer keycloak;
  private static EmbeddedArtemis artemis;
  private static LibertyProcess liberty;
  private static Tokens tokens;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void startEverything() throws Exception {
    db = new EmptyDatabase();
    // kept under target/ so later runs restart Keycloak (~10 s) instead of unpacking it again
    LauncherConfig config =
        LauncherConfig.defaults()
            .with(Setting.STATE_DIR, Path.of("target/it-state").toAbsolutePath())
            .withFreePorts();
    artemis = new EmbeddedArtemis(config);
    artemis.start();
    keycloak = new KeycloakServer(config);
    keycloak.start();
    tokens = new Tokens(keycloak.tokenEndpoint());
    liberty = new LibertyProcess(serverEnvironment());
    liberty.start();
  }

  private static Map<String, String> serverEnvironment() {
    return Map.of(
        "DB_URL",
        db.jdbcUrl(),
        "NUSATRADE_DEMO_DATA",
        "true",
        "OIDC_ISSUER",
        keycloak.issuer(),
        "OIDC_JWKS_URL",
        keycloak.issuer() + "/protocol/openid-connect/certs",
        "ARTEMIS_URL",
        artemis.url(),
        "ZEEBE_GRPC_ADDRESS",
        "http://127.0.0.1:" + LibertyProcess.freePort());
  }

  @AfterAll
  static void stopEverything() throws Exception {
    try (AutoCloseable pg = db;
        AutoCloseable broker = () -> artemis.stop();
        AutoCloseable kc = () -> keycloak.stop();
        AutoCloseable server = liberty) {
      // closed in reverse order: Liberty, Keycloak, Artemis, PostgreSQL
    }
  }

  @Test
  void requestWithoutTokenIs401AndAudited() throws Exception {
    HttpResponse<String> response = get("/api/v1/tenants/" + A, null);

    assertThat(response.statusCode()).isEqualTo(401);
    // Liberty's mpJwt answers itself (empty body, committed): the RFC 6750 challenge is the signal
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .get()
        .asString()
        .startsWith("Bearer");
    // denials are appended by a background writer (never on the request thread): await it
    awaitAudit(() -> auditActions("anonymous", "GET /api/v1/tenants/" + A))
        .contains("access.unauthenticated");
  }

  @Test
  void ourTokensCarryOurAudienceAndAValidTokenMeantForAnotherAudienceIs401() throws Exception {
    assertThat(Tokens.audience(token("trader-a"))).contains("\"nusatrade\"");
    Tokens.registerClientWithoutOurAudience(keycloak.baseUrl(), "other-service");
    String elsewhere = tokens.accessToken("trader-a", "other-service");
    assertThat(Tokens.audience(elsewhere)).doesNotContain("\"nusatrade\"");

    // same issuer, valid signature, trader role and tenant: only the audience is wrong
    assertThat(get("/api/v1/me", elsewhere).statusCode()).isEqualTo(401);
    assertThat(get("/api/v1/me", token("trader-a")).statusCode()).isEqualTo(200);
  }

  @Test
  void forgedTokenIs401AndAuditedAsPresented() throws Exception {
    String token = tokens.accessToken("trader-a");
    String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";

    assertThat(get("/api/v1/tenants/" + A + "/users", forged).statusCode()).isEqualTo(401);
    awaitAudit(
            () ->
                query(
                    "select payload from audit_event where action = 'access.unauthenticated'"
                        + " and subject = ?",
                    "GET /api/v1/tenants/" + A + "/users"))
        .anySatisfy(payload -> assertThat(payload).contains("\"tokenPresented\":true"));
  }

  @Test
  void businessStaffIsForbiddenFromTenantDataAndAudited() throws Exception {
    HttpResponse<String> response = get("/api/v1/tenants/" + A + "/users", token("staff-a"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(auditActions("staff-a", "GET /api/v1/tenants/" + A + "/users"))
        .contains("access.forbidden");
  }

  @Test
  void traderReadsOwnTenant() throws Exception {
    HttpResponse<String> response = get("/api/v1/tenants/" + A, token("trader-a"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode tenant = JSON.readTree(response.body());
    assertThat(tenant.get("id").asText()).isEqualTo(A);
    assertThat(tenant.get("name").asText()).isEqualTo("PT Demo Nusantara");
    assertThat(tenant.get("tier").asText()).isEqualTo("pro");
    assertThat(tenant.get("timeZone").asText()).isEqualTo("WIB");
  }

  @Test
  void eachTraderGetsOnlyTheBarsOfTheirOwnFeedOverHttp() throws Exception {
    // two tenants' terminals stream XAUUSD from different brokers, as the gateway stores them
    PostgresTickStore store = new PostgresTickStore(db.as(EmptyDatabase.APP));
    long t0 = java.time.Instant.parse("2026-11-20T03:00:00Z").toEpochMilli();
    FeedId feedA = new FeedId(TenantId.of(A), 80001, "XAUUSD");
    FeedId feedB = new FeedId(TenantId.of(B), 90001, "XAUUSD");
    store.appendBars(
        List.of(
            new Bar(feedA, Timeframe.M1, t0, 2000, 2001, 1999, 2000.5, 10),
            new Bar(feedB, Timeframe.M1, t0, 2100, 2101, 2099, 2100.5, 7)));
    store.flush();
    String bars = "/api/v1/market/bars?symbol=XAUUSD&timeframe=M1&limit=10";

    HttpResponse<String> ofA = get(bars, token("trader-a"));
    HttpResponse<String> ofB = get(bars, token("trader-b"));

    assertThat(ofA.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(ofA.body()))
        .isEqualTo(
            JSON.readTree(
                "[{\"time\":"
                    + t0
                    + ",\"open\":2000.0,\"high\":2001.0,\"low\":1999.0,\"close\":2000.5,"
                    + "\"volume\":10}]"));
    assertThat(JSON.readTree(ofB.body()).get(0).get("close").asDouble()).isEqualTo(2100.5);
    assertThat(get("/api/v1/market/symbols", token("trader-b")).body()).contains("XAUUSD");
    HttpResponse<String> unknown =
        get("/api/v1/market/bars?symbol=BTCUSD&timeframe=M1", token("trader-a"));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    HttpResponse<String> badTimeframe =
        get("/api/v1/market/bars?symbol=XAUUSD&timeframe=M7", token("trader-a"));
    assertThat(badTimeframe.statusCode()).isEqualTo(400);
    assertThat(badTimeframe.body()).contains("M7");
    assertThat(get(bars, token("staff-a")).statusCode()).isEqualTo(403);
  }

  @Test
  void traderListsOwnTenantUsers() throws Exception {
    HttpResponse<String> response = get("/api/v1/tenants/" + A + "/users", token("trader-a"));

    assertThat(response.statusCode()).isEqualTo(200);
    List<String> usernames = new ArrayList<>();
    JSON.readTree(response.body()).forEach(u -> usernames.add(u.get("username").asText()));
    assertThat(usernames).containsExactly("admin", "officer-a", "staff-a", "trader-a");
  }

  @Test
  void anotherTenantsIdsAreNotFound() throws Exception {
    String traderA = token("trader-a");

    HttpResponse<String> tenant = get("/api/v1/tenants/" + B, traderA);
    HttpResponse<String> users = get("/api/v1/tenants/" + B + "/users", traderA);

    assertThat(tenant.statusCode()).isEqualTo(404);
    assertThat(tenant.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JSON.readTree(tenant.body()).get("status").asInt()).isEqualTo(404);
    assertThat(users.statusCode()).isEqualTo(404);
  }

  @Test
  void traderBSeesTenantBButNotA() throws Exception {
    String traderB = token("trader-b");

    assertThat(get("/api/v1/tenants/" + B, traderB).statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/tenants/" + A, traderB).statusCode()).isEqualTo(404);
  }

  @Test
  void malformedAndOversizedIdsAre400() throws Exception {
    String traderA = token("trader-a");

    HttpResponse<String> malformed = get("/api/v1/tenants/not-a-uuid", traderA);
    HttpResponse<String> oversized = get("/api/v1/tenants/" + "1".repeat(500), traderA);

    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JSON.readTree(malformed.body()).get("detail").asText()).contains("UUID");
    assertThat(oversized.statusCode()).isEqualTo(400);
  }

  @Test
  void meDescribesTheCallerFromTokenAndDatabase() throws Exception {
    HttpResponse<String> response = get("/api/v1/me", token("staff-a"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode me = JSON.readTree(response.body());
    assertThat(me.get("username").asText()).isEqualTo("staff-a");
    assertThat(me.get("tenantId").asText()).isEqualTo(A);
    assertThat(me.get("roles").toString()).isEqualTo("[\"business-staff\"]");
    assertThat(me.get("user").get("id").asText()).isEqualTo("aaaaaaaa-0000-0000-0000-000000000003");
  }

  @Test
  void officerReadIsAuditedWithLoginAndTheChainVerifies() throws Exception {
    HttpResponse<String> response = get("/api/v1/tenants/" + A, token("officer-a"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(auditActions("officer-a", "tenant/" + A)).contains("tenant.read");
    assertThat(auditActionsBy("officer-a")).contains("auth.login");
    assertThat(
            new PostgresAuditTrail(db.as(EmptyDatabase.APP), db.as(EmptyDatabase.OWNER))
                .verify()
                .isIntact())
        .isTrue();
  }

  @Test
  void auditEventsPublishedOnTheBusReachTheChain() throws Exception {
    var publisher =
        new ArtemisEventPublisher(
            ArtemisConnections.factory(artemis.url(), "nusatrade", "nusatrade"),
            EventRouting.defaults(),
            new EventMessages(new EventJsonCodec()));
    UUID first = UUID.randomUUID();
    try (publisher) {
      publisher.publish(busAudit(first, "bus-audit/" + first));
      publisher.publish(busAudit(UUID.randomUUID(), "bus-audit/after-" + first));
    }
    // (the broker itself refuses a second publish of the same event id; a redelivery of one
    // event is recorded once: BusAuditRecorderIT)
    awaitAudit(() -> auditActions("workflow-engine", "bus-audit/after-" + first))
        .containsExactly("platform.smoke-check.completed");
    assertThat(auditActions("workflow-engine", "bus-audit/" + first))
        .containsExactly("platform.smoke-check.completed");
  }

  private static EventEnvelope busAudit(UUID eventId, String subject) {
    return new EventEnvelope(
        eventId,
        TenantId.of(A),
        "audit.platform.smoke-check.completed",
        Instant.now(),
        1,
        "{\"actor\":\"workflow-engine\",\"action\":\"platform.smoke-check.completed\","
            + "\"subject\":\""
            + subject
            + "\",\"details\":{\"outcome\":\"passed\"}}");
  }

  @Test
  void readinessReportsEveryComponentWithReasons() throws Exception {
    HttpResponse<String> response = get("/health/ready", null);

    assertThat(response.statusCode()).isEqualTo(503);
    JsonNode checks = JSON.readTree(response.body()).get("checks");
    assertThat(check(checks, "database").get("status").asText()).isEqualTo("UP");
    assertThat(check(checks, "identity-provider").get("status").asText()).isEqualTo("UP");
    assertThat(check(checks, "broker").get("status").asText()).isEqualTo("UP");
    assertThat(check(checks, "workflow-engine").get("status").asText()).isEqualTo("DOWN");
    assertThat(check(checks, "workflow-engine").get("data").get("reason").asText()).isNotBlank();
    // no gateway in this test: not started is not a failure (GatewayStatusProbeTest judges the
    // rest)
    assertThat(check(checks, "gateway").get("status").asText()).isEqualTo("UP");
    assertThat(check(checks, "gateway").get("data").get("state").asText()).isEqualTo("not started");
  }

  @Test
  void metricsAndOpenApiAreServed() throws Exception {
    HttpResponse<String> metrics = get("/metrics", null);
    HttpResponse<String> openapi = get("/openapi", null);

    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("# TYPE").contains("gateway_events_dropped");
    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body()).contains("/tenants/{id}/users");
    assertThat(get("/openapi/ui/", null).statusCode()).isEqualTo(200);
  }

  private static JsonNode check(JsonNode checks, String name) {
    for (JsonNode check : checks) {
      if (check.get("name").asText().equals(name)) {
        return check;
      }
    }
    throw new AssertionError("no readiness check " + name + " in " + checks);
  }

  private static String token(String username) throws Exception {
    return tokens.accessToken(username);
  }

  private static HttpResponse<String> get(String path, String bearer) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(liberty.baseUrl() + path));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Audit actions recorded for an actor and subject (read as the owner: the whole chain). */
  private static List<String> auditActions(String actor, String subject) throws Exception {
    return query(
        "select action from audit_event where actor = ? and subject = ? order by seq",
        actor,
        subject);
  }

  interface Rows {
    List<String> read() throws Exception;
  }

  /** The rows once they are non-empty (polled for up to 20 s), for a background append. */
  private static org.assertj.core.api.ListAssert<String> awaitAudit(Rows rows) throws Exception {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
    List<String> found = rows.read();
    while (found.isEmpty() && System.nanoTime() < deadline) {
      java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L); // poll; deadline above
      found = rows.read();
    }
    return assertThat(found);
  }

  private static List<String> auditActionsBy(String actor) throws Exception {
    return query("select action from audit_event where actor = ? order by seq", actor);
  }

  private static List<String> query(String sql, String... parameters) throws Exception {
    List<String> values = new ArrayList<>();
    try (Connection connection = db.as(EmptyDatabase.OWNER).getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setString(i + 1, parameters[i]);
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
    }
    return values;
  }
}
