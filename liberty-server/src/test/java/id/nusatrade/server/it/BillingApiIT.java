package id.nusatrade.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.billing.midtrans.simulator.Delivery;
import id.nusatrade.billing.midtrans.simulator.MidtransSimulator;
import id.nusatrade.billing.payment.NotificationSignature;
import id.nusatrade.billing.payment.ServerKey;
import id.nusatrade.launcher.component.EmbeddedArtemis;
import id.nusatrade.launcher.component.KeycloakServer;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Billing (and business staff's rule sets, {@link RuleSetApiCases}) over HTTP, end to end: the real
 * Liberty server (migrations, CDI wiring, JSON, security) charging through the local Midtrans
 * simulator, which posts its signed notifications back to the server's public notification
 * endpoint. A Free demo tenant upgrades to Pro by BCA virtual account; before that (ordered first,
 * while the tenant is still Free) its API key meets the Free rate limit.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BillingApiIT {
  private static final ServerKey KEY = new ServerKey("SB-Mid-server-billing-it");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static EmptyDatabase db;
  private static KeycloakServer keycloak;
  private static EmbeddedArtemis artemis;
  private static LibertyProcess liberty;
  private static MidtransSimulator midtrans;
  private static Tokens tokens;

  @BeforeAll
  static void startEverything() throws Exception {
    db = new EmptyDatabase();
    LauncherConfig config =
        LauncherConfig.defaults()
            .with(Setting.STATE_DIR, Path.of("target/it-state").toAbsolutePath())
            .withFreePorts();
    artemis = new EmbeddedArtemis(config);
    artemis.start();
    keycloak = new KeycloakServer(config);
    keycloak.start();
    tokens = new Tokens(keycloak.tokenEndpoint());
    Map<String, String> env = new HashMap<>();
    liberty = new LibertyProcess(env);
    midtrans =
        new MidtransSimulator(
            0,
            KEY,
            URI.create(liberty.baseUrl() + "/api/v1/payments/midtrans/notification"),
            Clock.systemUTC());
    env.putAll(
        Map.of(
            "DB_URL", db.jdbcUrl(),
            "NUSATRADE_DEMO_DATA", "true",
            "OIDC_ISSUER", keycloak.issuer(),
            "OIDC_JWKS_URL", keycloak.issuer() + "/protocol/openid-connect/certs",
            "ARTEMIS_URL", artemis.url(),
            "ZEEBE_GRPC_ADDRESS", "http://127.0.0.1:" + LibertyProcess.freePort(),
            "NUSATRADE_MIDTRANS_BASE_URL", midtrans.baseUrl().toString(),
            "NUSATRADE_MIDTRANS_SERVER_KEY", KEY.reveal()));
    liberty.start();
  }

  @AfterAll
  static void stopEverything() throws Exception {
    try (AutoCloseable pg = db;
        AutoCloseable broker = () -> artemis.stop();
        AutoCloseable kc = () -> keycloak.stop();
        AutoCloseable sim = midtrans;
        AutoCloseable server = liberty) {
      // closed in reverse order
    }
  }

  @Test
  void plansArePublic() throws Exception {
    HttpResponse<String> response = send(get("/api/v1/plans", null));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode plans = JSON.readTree(response.body()).path("plans");
    assertThat(plans.findValuesAsText("id")).contains("free", "pro-monthly", "enterprise-yearly");
    assertThat(response.body()).contains("\"amount\":\"299000.00\"").contains("Rp 299.000");
  }

  @Test
  @Order(1)
  void anApiKeyActsAsItsOwnerUntilRevokedAndMeetsTheFreeTiersLimit() throws Exception {
    String traderB = tokens.accessToken("trader-b");
    HttpResponse<String> created = send(post("/api/v1/api-keys", traderB, "{\"name\":\"bot\"}"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String secret = JSON.readTree(created.body()).path("secret").asText();
    String id = JSON.readTree(created.body()).path("key").path("id").asText();
    assertThat(secret).startsWith("ntk_" + id + "_");

    // listed, never with the secret
    HttpResponse<String> listed = send(get("/api/v1/api-keys", traderB));
    assertThat(listed.statusCode()).isEqualTo(200);
    // a person's own token is not limited: the tier's API rate is what its keys may spend
    assertThat(listed.headers().firstValue("X-RateLimit-Limit")).isEmpty();
    assertThat(JSON.readTree(listed.body()).findValuesAsText("id")).containsExactly(id);
    assertThat(listed.body()).doesNotContain(secret.substring(("ntk_" + id + "_").length()));

    // the key acts in its owner's tenant (CV Contoh Borneo, Free): 10 requests a minute
    HttpResponse<String> first = send(withKey(get("/api/v1/subscription", null), secret));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(JSON.readTree(first.body()).path("tier").asText()).isEqualTo("free");
    assertThat(first.headers().firstValue("X-RateLimit-Limit")).hasValue("10");
    assertThat(first.headers().firstValue("X-RateLimit-Remaining")).hasValue("9");
    assertThat(first.headers().firstValue("X-RateLimit-Reset")).isPresent();

    // another tenant's trader cannot touch it: 404, not 403
    String traderA = tokens.accessToken("trader-a");
    assertThat(send(delete("/api/v1/api-keys/" + id, traderA)).statusCode()).isEqualTo(404);
    assertThat(send(post("/api/v1/api-keys/" + id + "/rotate", traderA, "")).statusCode())
        .isEqualTo(404);

    // a forged secret for the real id: 401
    assertThat(
            send(withKey(get("/api/v1/subscription", null), "ntk_" + id + "_" + "A".repeat(43)))
                .statusCode())
        .isEqualTo(401);

    for (int i = 2; i <= 10; i++) {
      assertThat(send(withKey(get("/api/v1/usage", null), secret)).statusCode()).isEqualTo(200);
    }
    HttpResponse<String> over = send(withKey(get("/api/v1/usage", null), secret));
    assertThat(over.statusCode()).as(over.body()).isEqualTo(429);
    assertThat(Long.parseLong(over.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, 60L);
    assertThat(over.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");

    // revoked by its owner: refused at once
    assertThat(send(delete("/api/v1/api-keys/" + id, traderB)).statusCode()).isEqualTo(204);
    assertThat(send(withKey(get("/api/v1/usage", null), secret)).statusCode()).isEqualTo(401);
  }

  @Test
  void aRotatedKeyStopsTheOldSecretAndTheUsageCountsKeyCalls() throws Exception {
    String traderA = tokens.accessToken("trader-a");
    JsonNode created =
        JSON.readTree(send(post("/api/v1/api-keys", traderA, "{\"name\":\"ci\"}")).body());
    String id = created.path("key").path("id").asText();
    String old = created.path("secret").asText();

    HttpResponse<String> rotated = send(post("/api/v1/api-keys/" + id + "/rotate", traderA, ""));
    assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
    String fresh = JSON.readTree(rotated.body()).path("secret").asText();

    assertThat(send(withKey(get("/api/v1/usage", null), old)).statusCode()).isEqualTo(401);
    HttpResponse<String> usage =
        send(withKey(get("/api/v1/usage", null), fresh, "rotation-it-call-1"));
    assertThat(usage.statusCode()).as(usage.body()).isEqualTo(200);
    long before = apiCalls(JSON.readTree(usage.body()));
    // the same request id again counts once; a new one counts
    send(withKey(get("/api/v1/usage", null), fresh, "rotation-it-call-1"));
    JsonNode after =
        JSON.readTree(
            send(withKey(get("/api/v1/usage", null), fresh, "rotation-it-call-2")).body());
    assertThat(apiCalls(after)).isEqualTo(before + 1);
    JsonNode keys = JSON.readTree(send(get("/api/v1/api-keys", traderA)).body());
    assertThat(keys.get(0).path("lastUsedAt").isNull()).isFalse();
  }

  private static long apiCalls(JsonNode usage) {
    for (JsonNode line : usage.path("usage")) {
      if (line.path("metric").asText().equals("api_calls")) {
        return line.path("used").asLong();
      }
    }
    throw new AssertionError("no api_calls line in " + usage);
  }

  @Test
  void aFreeTraderUpgradesToProPaysByBcaVaAndDownloadsTheInvoice() throws Exception {
    String trader = tokens.accessToken("trader-b");
    HttpResponse<String> change =
        send(
            post(
                "/api/v1/subscription/change",
                trader,
                "{\"plan\":\"pro-monthly\",\"paymentMethod\":\"bca_va\"}"));
    assertThat(change.statusCode()).as(change.body()).isEqualTo(201);
    JsonNode payment = JSON.readTree(change.body()).path("payment");
    assertThat(payment.path("grossAmount").asText()).isEqualTo("331890.00");
    assertThat(payment.path("instructions").path("va_number").asText()).isNotBlank();
    String order = payment.path("orderId").asText();

    // a forged delivery first: refused, nothing changes
    String forged =
        "{\"order_id\":\"%s\",\"status_code\":\"200\",\"gross_amount\":\"331890.00\",\"transaction_status\":\"settlement\",\"signature_key\":\"%s\"}"
            .formatted(
                order,
                new NotificationSignature(new ServerKey("wrong")).sign(order, "200", "331890.00"));
    assertThat(send(post("/api/v1/payments/midtrans/notification", null, forged)).statusCode())
        .isEqualTo(403);
    assertThat(subscription(trader).path("tier").asText()).isEqualTo("free");

    // the payer pays; Midtrans sends the settlement twice and the old "pending" last
    List<Delivery> deliveries = midtrans.act(order, "settle", 1, true, 0);
    assertThat(deliveries).extracting(Delivery::httpStatus).containsExactly(200, 200, 200);

    JsonNode now = subscription(trader);
    assertThat(now.path("tier").asText()).isEqualTo("pro");
    assertThat(now.path("entitlements").path("predictionsPerMonth").asLong()).isEqualTo(2000);
    JsonNode invoices = JSON.readTree(send(get("/api/v1/invoices", trader)).body());
    assertThat(invoices).hasSize(1);
    assertThat(invoices.get(0).path("status").asText()).isEqualTo("paid");
    assertThat(invoices.get(0).path("number").asText()).isEqualTo("INV-000001");
    String invoiceId = invoices.get(0).path("id").asText();

    HttpResponse<byte[]> pdf =
        HTTP.send(
            get("/api/v1/invoices/" + invoiceId + ".pdf", trader),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

    // tenant A's trader cannot see B's invoice: 404, not 403
    String otherTenant = tokens.accessToken("trader-a");
    assertThat(send(get("/api/v1/invoices/" + invoiceId + ".pdf", otherTenant)).statusCode())
        .isEqualTo(404);
  }

  // Business staff's rule sets share this server (a Liberty + Keycloak start costs minutes of CI)

  private static RuleSetApiCases rules() {
    return new RuleSetApiCases(liberty.baseUrl(), tokens, db);
  }

  @Test
  void ruleSetsAreForBusinessStaffAndUnknownAreasOrDraftsAre404() throws Exception {
    rules().businessStaffOnlyAndUnknownAreasOrDraftsAre404();
  }

  @Test
  void anInvalidOrHostileRuleDraftIs422NamingItsLine() throws Exception {
    rules().anInvalidOrHostileDraftIs422NamingItsLineAndNothingIsSaved();
  }

  @Test
  void aFourEyesRulePublishJudgesTheNextDryRunAndRollbackRestoresIt() throws Exception {
    rules().aFourEyesPublishJudgesTheNextDryRunAndRollbackRestoresIt();
  }

  @Test
  void ofTwoRuleDraftsFromTheSameVersionTheSecondPublishIs409() throws Exception {
    rules().ofTwoDraftsFromTheSameVersionTheSecondPublishIs409();
  }

  private static JsonNode subscription(String token) throws Exception {
    return JSON.readTree(send(get("/api/v1/subscription", token)).body());
  }

  private static HttpRequest get(String path, String bearer) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(liberty.baseUrl() + path));
    if (bearer != null) {
      builder.header("Authorization", "Bearer " + bearer);
    }
    return builder.GET().build();
  }

  private static HttpRequest post(String path, String bearer, String json) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(liberty.baseUrl() + path))
            .header("Content-Type", "application/json");
    if (bearer != null) {
      builder.header("Authorization", "Bearer " + bearer);
    }
    return builder.POST(HttpRequest.BodyPublishers.ofString(json)).build();
  }

  private static HttpRequest delete(String path, String bearer) {
    return HttpRequest.newBuilder(URI.create(liberty.baseUrl() + path))
        .header("Authorization", "Bearer " + bearer)
        .DELETE()
        .build();
  }

  private static HttpRequest withKey(HttpRequest request, String key) {
    return HttpRequest.newBuilder(request, (name, value) -> true).header("X-API-Key", key).build();
  }

  private static HttpRequest withKey(HttpRequest request, String key, String requestId) {
    return HttpRequest.newBuilder(withKey(request, key), (name, value) -> true)
        .header("X-Request-Id", requestId)
        .build();
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
