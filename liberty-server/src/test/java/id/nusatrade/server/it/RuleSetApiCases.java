package id.nusatrade.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.rules.engine.RuleSource;
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
 * Business staff's {@code /rule-sets} over HTTP with Keycloak tokens. Run from an IT class that
 * already starts Liberty, Keycloak, Artemis and PostgreSQL (BillingApiIT), so the rules cost no
 * server start of their own. Each case reads the live version first, so their order does not
 * matter.
 */
final class RuleSetApiCases {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String NOTIONAL = "MAX_NOTIONAL_PER_ORDER";

  /** 500,003,000 x 1: above the shipped 500,000,000 maximum per order, below 500,003,999. */
  private static final String BIG_ORDER =
      "{\"symbol\":\"EURUSD\",\"side\":\"BUY\",\"quantity\":500003000,\"price\":1}";

  private final String baseUrl;
  private final Tokens tokens;
  private final EmptyDatabase db;

  RuleSetApiCases(String baseUrl, Tokens tokens, EmptyDatabase db) {
    this.baseUrl = baseUrl;
    this.tokens = tokens;
    this.db = db;
  }

  void businessStaffOnlyAndUnknownAreasOrDraftsAre404() throws Exception {
    HttpResponse<String> areas = call("GET", "/rule-sets", "staff-a", null);
    assertThat(areas.statusCode()).as(areas.body()).isEqualTo(200);
    JsonNode list = JSON.readTree(areas.body());
    assertThat(list.findValuesAsText("area")).containsExactly("risk", "tier");
    assertThat(list.get(0).path("liveVersion").asLong()).isPositive();
    assertThat(list.get(0).path("fourEyes").asBoolean()).isTrue();
    assertThat(call("GET", "/rule-sets", "trader-a", null).statusCode()).isEqualTo(403);
    assertThat(call("GET", "/rule-sets/fx/versions", "staff-a", null).statusCode()).isEqualTo(404);
    HttpResponse<String> noDraft =
        call("POST", "/rule-sets/tier/drafts/987654/publish", "staff-a", null);
    assertThat(noDraft.statusCode()).isEqualTo(404);
    assertThat(noDraft.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    HttpResponse<String> openapi =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(baseUrl + "/openapi")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(openapi.body())
        .contains("/rule-sets/{area}/drafts/{id}/publish", "/rule-sets/{area}/evaluate");
  }

  void anInvalidOrHostileDraftIs422NamingItsLineAndNothingIsSaved() throws Exception {
    String drl = RuleSource.defaults(RuleArea.RISK).drl();
    int lines = (int) drl.lines().count();
    String hostile = drl + "\nrule \"exit\" when OrderIntent() then\n  System.exit(1);\nend\n";
    HttpResponse<String> refused =
        call("POST", "/rule-sets/risk/drafts", "staff-a", draft(hostile, null, "exit"));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(refused.body());
    assertThat(problem.path("errors").get(0).path("line").asInt()).isEqualTo(lines + 3);
    assertThat(problem.path("detail").asText()).contains("risk.drl:" + (lines + 3) + ":");

    String broken = drl + "\nrule \"broken\" when\n  OrderIntent( quantity > )\nthen\nend\n";
    HttpResponse<String> invalid =
        call("POST", "/rule-sets/risk/drafts", "staff-a", draft(broken, null, "broken"));
    assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(422);
    assertThat(JSON.readTree(invalid.body()).path("errors").findValues("line"))
        .anySatisfy(line -> assertThat(line.asInt()).isBetween(lines + 2, lines + 5));
    assertThat(rows("select count(*) from rule_set_draft where comment in ('exit', 'broken')"))
        .containsExactly("0");
  }

  void aFourEyesPublishJudgesTheNextDryRunAndRollbackRestoresIt() throws Exception {
    long before = liveVersion("risk");
    JsonNode first = evaluate();
    assertThat(first.path("version").asLong()).isEqualTo(before);
    assertThat(first.path("outcome").asText()).isEqualTo("REJECT");
    assertThat(first.path("reasons").findValuesAsText("code")).contains(NOTIONAL);

    RuleSource shipped = RuleSource.defaults(RuleArea.RISK);
    String raised =
        shipped
            .limits()
            .replace("maxNotionalPerOrder,500000000,", "maxNotionalPerOrder,500003999,");
    long draft = createDraft("risk", shipped.drl(), raised, "raise the maximum notional");
    HttpResponse<String> test =
        call("POST", "/rule-sets/risk/drafts/" + draft + "/test", "staff-a", null);
    assertThat(test.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(test.body()).path("passed").asBoolean()).as(test.body()).isTrue();

    HttpResponse<String> asked = publish("risk", draft, "staff-a");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    assertThat(JSON.readTree(asked.body()).path("status").asText()).isEqualTo("AWAITING_APPROVAL");
    assertThat(evaluate().path("version").asLong()).isEqualTo(before);
    assertThat(approve("risk", draft, "staff-a").statusCode()).isEqualTo(403);

    HttpResponse<String> approved = approve("risk", draft, "staff-a2");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    long after = JSON.readTree(approved.body()).path("version").asLong();
    assertThat(after).isGreaterThan(before);
    JsonNode second = evaluate();
    assertThat(second.path("version").asLong()).isEqualTo(after);
    assertThat(second.path("reasons").findValuesAsText("code")).doesNotContain(NOTIONAL);

    HttpResponse<String> rollback =
        call("POST", "/rule-sets/risk/versions/" + before + "/rollback", "staff-a", null);
    assertThat(rollback.statusCode()).as(rollback.body()).isEqualTo(200);
    JsonNode third = evaluate();
    assertThat(third.path("version").asLong()).isEqualTo(before);
    assertThat(third.path("reasons").findValuesAsText("code")).contains(NOTIONAL);

    assertThat(
            rows(
                "select actor || ' ' || action from audit_event"
                    + " where subject like 'rule-set/risk/%' and actor <> 'system' order by seq"))
        .containsSubsequence(
            "staff-a rules.draft.created",
            "staff-a rules.publish.requested",
            "staff-a2 rules.published",
            "staff-a2 rules.publish.approved",
            "staff-a rules.rolled-back");
  }

  void ofTwoDraftsFromTheSameVersionTheSecondPublishIs409() throws Exception {
    String drl = RuleSource.defaults(RuleArea.TIER).drl();
    long a = createDraft("tier", drl + "\n// draft a\n", null, "a");
    long b = createDraft("tier", drl + "\n// draft b\n", null, "b");

    assertThat(publish("tier", a, "staff-a").statusCode()).isEqualTo(202);
    HttpResponse<String> approved = approve("tier", a, "staff-a2");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    HttpResponse<String> late = publish("tier", b, "staff-a");

    assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
    assertThat(JSON.readTree(late.body()).path("detail").asText()).contains("another publish won");
  }

  private JsonNode evaluate() throws Exception {
    HttpResponse<String> r = call("POST", "/rule-sets/risk/evaluate", "staff-a", BIG_ORDER);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private long liveVersion(String area) throws Exception {
    for (JsonNode a : JSON.readTree(call("GET", "/rule-sets", "staff-a", null).body())) {
      if (a.path("area").asText().equals(area)) {
        return a.path("liveVersion").asLong();
      }
    }
    throw new AssertionError("no area " + area);
  }

  private long createDraft(String area, String drl, String limits, String comment)
      throws Exception {
    HttpResponse<String> r =
        call("POST", "/rule-sets/" + area + "/drafts", "staff-a", draft(drl, limits, comment));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return JSON.readTree(r.body()).path("id").asLong();
  }

  private HttpResponse<String> publish(String area, long draft, String user) throws Exception {
    return call("POST", "/rule-sets/" + area + "/drafts/" + draft + "/publish", user, null);
  }

  private HttpResponse<String> approve(String area, long draft, String user) throws Exception {
    return call("POST", "/rule-sets/" + area + "/drafts/" + draft + "/approve", user, null);
  }

  private static String draft(String source, String limits, String comment) {
    ObjectNode body = JSON.createObjectNode().put("source", source).put("comment", comment);
    if (limits != null) {
      body.put("limits", limits);
    }
    return body.toString();
  }

  private HttpResponse<String> call(String method, String path, String user, String body)
      throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1" + path))
            .header("Authorization", "Bearer " + tokens.accessToken(user))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
  }

  private List<String> rows(String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = db.as(EmptyDatabase.OWNER).getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }
}
