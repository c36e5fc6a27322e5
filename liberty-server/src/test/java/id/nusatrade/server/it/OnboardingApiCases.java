package id.nusatrade.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Public {@code /onboarding} and officers' {@code /review-tasks} over HTTP. Run from an IT class
 * that already starts Liberty, Keycloak, Artemis and PostgreSQL (TradingApiIT) with no workflow
 * engine: a registration is stored and answered 202 while its process waits for the engine, and the
 * review tasks are put into the queue's table as the feeder would.
 */
final class OnboardingApiCases {
  /** What the IT server is started with, so the limit is reached in a few calls. */
  static final int REGISTRATIONS_PER_MINUTE = 4;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final long KYC_TASK = 9_000_001L;
  private static final long OTHER_TENANTS_TASK = 9_000_002L;

  private final String baseUrl;
  private final Tokens tokens;
  private final EmptyDatabase db;

  OnboardingApiCases(String baseUrl, Tokens tokens, EmptyDatabase db) {
    this.baseUrl = baseUrl;
    this.tokens = tokens;
    this.db = db;
  }

  static String registration(String nik, String dateOfBirth) {
    return """
        {"fullName":"Siti Rahayu","email":"siti@example.id","phone":"+628123456789",\
        "nik":"%s","dateOfBirth":"%s","username":"siti"}"""
        .formatted(nik, dateOfBirth);
  }

  /** The first calls of a fresh limiter window, then enough to pass the limit in any window. */
  void registrationIsValidatedAnsweredWithAnIdAndRateLimited() throws Exception {
    HttpResponse<String> shortNik =
        anonymous("POST", "/api/v1/onboarding", registration("317405410790000", "1990-07-01"));
    assertThat(shortNik.statusCode()).as(shortNik.body()).isEqualTo(422);
    assertThat(JSON.readTree(shortNik.body()).get("field").asText()).isEqualTo("nik");

    HttpResponse<String> impossibleDate =
        anonymous("POST", "/api/v1/onboarding", registration("3174054107900003", "1990-02-30"));
    assertThat(impossibleDate.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(impossibleDate.body()).get("field").asText()).isEqualTo("dateOfBirth");

    HttpResponse<String> accepted =
        anonymous("POST", "/api/v1/onboarding", registration("3174054107900003", "1990-07-01"));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String id = JSON.readTree(accepted.body()).get("applicationId").asText();
    assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(storedNik(id)).isEqualTo("3174054107900003");

    HttpResponse<String> status = anonymous("GET", "/api/v1/onboarding/" + id, null);
    assertThat(status.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(status.body()).get("status").asText())
        .as("no engine in this IT: stored, its process waits")
        .isEqualTo("RECEIVED");
    assertThat(status.body()).doesNotContain("3174054107900003");
    assertThat(
            anonymous("GET", "/api/v1/onboarding/00000000-0000-4000-8000-000000000000", null)
                .statusCode())
        .isEqualTo(404);
    assertThat(anonymous("GET", "/api/v1/onboarding/not-an-id", null).statusCode()).isEqualTo(404);
    HttpResponse<String> noCodeYet =
        anonymous("POST", "/api/v1/onboarding/" + id + "/verification", "{\"code\":\"123456\"}");
    assertThat(noCodeYet.statusCode()).as("no code was mailed: no process yet").isEqualTo(404);
    HttpResponse<String> unasked =
        anonymous(
            "POST",
            "/api/v1/onboarding/" + id + "/resubmission",
            registration("3174054107900003", "1990-07-01"));
    assertThat(unasked.statusCode()).as(unasked.body()).isEqualTo(409);

    // 2 x limit + 1 calls within a minute span at most two windows: one of them is refused
    List<HttpResponse<String>> burst = new ArrayList<>();
    for (int i = 0; i < 2 * REGISTRATIONS_PER_MINUTE + 1; i++) {
      burst.add(anonymous("POST", "/api/v1/onboarding", registration("1", "1990-07-01")));
    }
    HttpResponse<String> refused =
        burst.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(burst).allMatch(r -> r.statusCode() == 429 || r.statusCode() == 422);
  }

  void officersSeeClaimAndMustGiveAReason() throws Exception {
    insertTask(KYC_TASK, "kyc", null, "application/app-it");
    insertTask(OTHER_TENANTS_TASK, "trade", "22222222-2222-2222-2222-222222222222", "order/o-b");

    HttpResponse<String> open = call("GET", "/api/v1/review-tasks", "officer-a", null);
    assertThat(open.statusCode()).as(open.body()).isEqualTo(200);
    JsonNode tasks = JSON.readTree(open.body());
    assertThat(tasks.findValuesAsText("id")).contains(Long.toString(KYC_TASK));
    assertThat(tasks.findValuesAsText("id")).doesNotContain(Long.toString(OTHER_TENANTS_TASK));
    assertThat(tasks.get(0).get("slaDeadline").asText()).isNotBlank();

    assertThat(call("GET", "/api/v1/review-tasks", "trader-a", null).statusCode()).isEqualTo(403);
    assertThat(call("POST", claim(KYC_TASK), "trader-a", null).statusCode()).isEqualTo(403);
    assertThat(call("POST", claim(OTHER_TENANTS_TASK), "officer-a", null).statusCode())
        .isEqualTo(404);

    HttpResponse<String> claimed = call("POST", claim(KYC_TASK), "officer-a", null);
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(200);
    assertThat(JSON.readTree(claimed.body()).get("claimedBy").asText()).isEqualTo("officer-a");

    HttpResponse<String> noReason =
        call(
            "POST",
            "/api/v1/review-tasks/" + KYC_TASK + "/decision",
            "officer-a",
            "{\"outcome\":\"APPROVE\"}");
    assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(422);
    assertThat(JSON.readTree(noReason.body()).get("field").asText()).isEqualTo("reason");
    assertThat(audited("review.task.claimed", "application/app-it")).isEqualTo(1);
  }

  private static String claim(long task) {
    return "/api/v1/review-tasks/" + task + "/claim";
  }

  private void insertTask(long key, String kind, String tenant, String subject) throws Exception {
    try (Connection c = db.as(EmptyDatabase.OWNER).getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "insert into review_task (task_key, kind, process_instance_key, subject,"
                    + " tenant_id, sla_deadline, created_at, status, context) values"
                    + " (?, ?, 42, ?, ?::uuid, now() + interval '1 day', now(), 'OPEN',"
                    + " '{\"applicationId\":\"app-it\"}')")) {
      s.setLong(1, key);
      s.setString(2, kind);
      s.setString(3, subject);
      s.setString(4, tenant);
      s.executeUpdate();
    }
  }

  private String storedNik(String applicationId) throws Exception {
    try (Connection c = db.as(EmptyDatabase.OWNER).getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select nik from onboarding_application where application_id = ?::uuid")) {
      s.setString(1, applicationId);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  private long audited(String action, String subject) throws Exception {
    try (Connection c = db.as(EmptyDatabase.OWNER).getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from audit_event where action = ? and subject = ?"
                    + " and actor = 'officer-a'")) {
      s.setString(1, action);
      s.setString(2, subject);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private HttpResponse<String> anonymous(String method, String path, String body) throws Exception {
    return send(method, path, null, body);
  }

  HttpResponse<String> call(String method, String path, String user, String body) throws Exception {
    return send(method, path, "Bearer " + tokens.accessToken(user), body);
  }

  private HttpResponse<String> send(String method, String path, String auth, String body)
      throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (auth != null) {
      r.header("Authorization", auth);
    }
    return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }
}
