package id.nusatrade.workers.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.messaging.PoisonEventException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkflowMessageTest {
  private static final UUID EVENT_ID = UUID.fromString("6f1c7f2e-3b9a-4c1d-9e8f-0a1b2c3d4e5f");
  private static final String TENANT_A = "11111111-1111-1111-1111-111111111111";

  @Test
  void theTypeAfterWorkflowNamesTheMessageAndTheEventIdIsItsMessageId() {
    WorkflowMessage message =
        WorkflowMessage.from(
            event(
                "workflow.platform.smoke-check.requested",
                1,
                "{\"correlationKey\":\"req-1\",\"variables\":{\"message\":\"ping\",\"n\":3}}"));

    assertThat(message.name()).isEqualTo("platform.smoke-check.requested");
    assertThat(message.correlationKey()).isEqualTo("req-1");
    assertThat(message.messageId()).isEqualTo("6f1c7f2e-3b9a-4c1d-9e8f-0a1b2c3d4e5f");
    assertThat(message.variables())
        .containsOnly(
            Map.entry("message", "ping"), Map.entry("n", 3), Map.entry("tenantId", TENANT_A));
  }

  @Test
  void theTenantVariableComesFromTheEnvelopeEvenIfThePayloadClaimsAnother() {
    WorkflowMessage message =
        WorkflowMessage.from(
            event(
                "workflow.x.requested",
                1,
                "{\"correlationKey\":\"k\",\"variables\":{\"tenantId\":\"someone-else\"}}"));

    assertThat(message.variables()).containsEntry("tenantId", TENANT_A);
  }

  @Test
  void variablesMayBeLeftOut() {
    assertThat(WorkflowMessage.from(event("workflow.x.y", 1, "{\"correlationKey\":\"k\"}")))
        .extracting(WorkflowMessage::variables)
        .isEqualTo(Map.of("tenantId", TENANT_A));
  }

  @Test
  void eventsThatCanNeverBecomeAMessageArePoison() {
    assertPoison(
        event("audit.x.y", 1, "{\"correlationKey\":\"k\"}"), "is not a workflow. v1 event");
    assertPoison(
        event("workflow.x.y", 2, "{\"correlationKey\":\"k\"}"),
        "v2 event " + EVENT_ID + ": unsupported schema version");
    assertPoison(event("workflow.x.y", 1, "{\"variables\":{}}"), "correlationKey");
    assertPoison(event("workflow.x.y", 1, "{\"correlationKey\":\" \"}"), "correlationKey");
    assertPoison(event("workflow.x.y", 1, "[1]"), "not a JSON object");
    assertPoison(
        event("workflow.x.y", 1, "{\"correlationKey\":\"k\",\"variables\":[]}"),
        "unreadable payload (field 'variables')");
  }

  private static void assertPoison(EventEnvelope event, String reason) {
    assertThatThrownBy(() -> WorkflowMessage.from(event))
        .isInstanceOf(PoisonEventException.class)
        .hasMessageContaining(reason);
  }

  private static EventEnvelope event(String type, int schemaVersion, String payload) {
    return new EventEnvelope(
        EVENT_ID,
        TenantId.of(TENANT_A),
        type,
        Instant.parse("2025-03-04T02:15:00Z"),
        schemaVersion,
        payload);
  }
}
