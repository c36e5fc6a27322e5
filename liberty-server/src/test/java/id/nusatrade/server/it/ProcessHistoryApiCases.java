package id.nusatrade.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Officers' {@code /process-instances} over HTTP on the migrated schema (V110). This IT runs no
 * broker, so the rows are put into the history tables as the exporter would (as the owner).
 */
final class ProcessHistoryApiCases {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long KEY = 2_251_799_813_700_001L;
  private static final long OTHER_TENANTS = 2_251_799_813_700_002L;

  private final OnboardingApiCases http;
  private final EmptyDatabase db;

  ProcessHistoryApiCases(OnboardingApiCases http, EmptyDatabase db) {
    this.http = http;
    this.db = db;
  }

  void officersReadTheirTenantsHistoryWithSecretsMasked() throws Exception {
    exported();

    assertThat(http.call("GET", history(KEY), "trader-a", null).statusCode()).isEqualTo(403);

    HttpResponse<String> read = http.call("GET", history(KEY), "officer-a", null);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(read.body()).doesNotContain("3174054107900003");
    JsonNode body = JSON.readTree(read.body());
    assertThat(body.at("/instance/processInstanceKey").asText()).isEqualTo(String.valueOf(KEY));
    assertThat(body.at("/instance/bpmnProcessId").asText()).isEqualTo("trade-approval");
    assertThat(body.at("/instance/orderId").asText()).isEqualTo("ord-hist-1");
    assertThat(body.at("/path").size()).isEqualTo(2);
    assertThat(body.at("/path/1/elementId").asText()).isEqualTo("review_trade");
    assertThat(body.at("/decisions/0/decidedBy").asText()).isEqualTo("officer-a");
    assertThat(body.at("/decisions/0/outcome").asText()).isEqualTo("APPROVED");
    assertThat(body.at("/decisions/0/reason").asText()).isEqualTo("within limits");
    assertThat(body.at("/variables/0/name").asText()).isEqualTo("nik");
    assertThat(body.at("/variables/0/value").asText()).isEqualTo("***");

    HttpResponse<String> diagram =
        http.call("GET", "/api/v1/process-instances/" + KEY + "/diagram", "officer-a", null);
    assertThat(diagram.statusCode()).isEqualTo(200);
    assertThat(diagram.body()).isEqualTo("<definitions id=\"it\"/>");

    HttpResponse<String> byOrder =
        http.call("GET", "/api/v1/process-instances?orderId=ord-hist-1", "officer-a", null);
    assertThat(byOrder.statusCode()).as(byOrder.body()).isEqualTo(200);
    assertThat(JSON.readTree(byOrder.body()).at("/0/history").asText()).isEqualTo(history(KEY));

    assertThat(http.call("GET", history(OTHER_TENANTS), "officer-a", null).statusCode())
        .as("tenant B's instance")
        .isEqualTo(404);
    assertThat(http.call("GET", history(1), "officer-a", null).statusCode()).isEqualTo(404);
    assertThat(
            http.call("GET", "/api/v1/process-instances/x/history", "officer-a", null).statusCode())
        .isEqualTo(404);
    assertThat(http.call("GET", "/api/v1/process-instances", "officer-a", null).statusCode())
        .isEqualTo(400);
  }

  private static String history(long key) {
    return "/api/v1/process-instances/" + key + "/history";
  }

  private void exported() throws Exception {
    try (Connection c = db.as(EmptyDatabase.OWNER).getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "insert into process_history_definition values"
              + " (77, 'trade-approval', 1, 'trade-approval.bpmn', '<definitions id=\"it\"/>',"
              + " now())");
      s.execute(
          "insert into process_history_instance (process_instance_key, partition_id,"
              + " bpmn_process_id, version, process_definition_key, tenant_id, order_id, state,"
              + " started_at, ended_at) values ("
              + KEY
              + ", 1, 'trade-approval', 1, 77, '11111111-1111-1111-1111-111111111111',"
              + " 'ord-hist-1', 'COMPLETED', now(), now()), ("
              + OTHER_TENANTS
              + ", 1, 'trade-approval', 1, 77, '22222222-2222-2222-2222-222222222222',"
              + " 'ord-hist-1', 'ACTIVE', now(), null)");
      s.execute(
          "insert into process_history_element values (1, 10, "
              + KEY
              + ", "
              + KEY
              + ", 'trade-approval', 'PROCESS', 'ELEMENT_ACTIVATED', now()), (1, 12, "
              + KEY
              + ", "
              + (KEY + 5)
              + ", 'review_trade', 'USER_TASK', 'ELEMENT_COMPLETED', now())");
      s.execute(
          "insert into process_history_variable values (1, 11, "
              + KEY
              + ", "
              + KEY
              + ", 'nik', '\"3174054107900003\"', 'CREATED', now())");
      s.execute(
          "insert into process_history_job values (1, 13, "
              + KEY
              + ", "
              + (KEY + 5)
              + ", 'review_trade', 'io.camunda.zeebe:userTask', 'COMPLETED', 'officer-ui',"
              + " 'officer-a', 'APPROVED', 'within limits', null, now())");
    }
  }
}
