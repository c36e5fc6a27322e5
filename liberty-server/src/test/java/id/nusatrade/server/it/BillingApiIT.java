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
import org.junit.jupiter.api.Test;

/**
 * Billing (and business staff's rule sets, {@link RuleSetApiCases}) over HTTP, end to end: the real
 * Liberty server (migrations, CDI wiring, JSON, security) charging through the local Midtrans
 * simulator, which posts its signed notifications back to the server's public notification
 * endpoint. A Free demo tenant upgrades to Pro by BCA virtual account.
 */
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

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
