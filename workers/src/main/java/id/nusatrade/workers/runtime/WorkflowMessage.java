package id.nusatrade.workers.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.messaging.PoisonEventException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A bus event on {@code nusatrade.workflow} read as a Zeebe message: type {@code workflow.<message
 * name>}, payload v1 {@code {"correlationKey": "...", "variables": {...}}}. The message id is the
 * event id, so a redelivered event is the same message. The variable {@value #TENANT_ID} always
 * comes from the envelope, never from the payload: a process instance knows whose it is.
 */
public record WorkflowMessage(
    String name, String correlationKey, String messageId, Map<String, Object> variables) {
  public static final String TYPE_PREFIX = "workflow.";
  public static final String TENANT_ID = "tenantId";
  static final int SCHEMA_VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  public WorkflowMessage {
    variables = Map.copyOf(variables);
  }

  /**
   * @throws PoisonEventException when the event can never become a message (wrong type, unknown
   *     schema version, no correlation key): redelivering it would not help
   */
  public static WorkflowMessage from(EventEnvelope event) {
    if (!event.type().startsWith(TYPE_PREFIX)) {
      throw new PoisonEventException("not a workflow event: " + event.type());
    }
    if (event.schemaVersion() != SCHEMA_VERSION) {
      throw new PoisonEventException("unknown schema version " + event.schemaVersion());
    }
    JsonNode payload = parse(event.payload());
    JsonNode key = payload.path("correlationKey");
    if (!key.isTextual() || key.asText().isBlank()) {
      throw new PoisonEventException("payload needs a non-blank text correlationKey");
    }
    Map<String, Object> variables = new HashMap<>(variables(payload.path("variables")));
    variables.put(TENANT_ID, event.tenantId().toString());
    return new WorkflowMessage(
        event.type().substring(TYPE_PREFIX.length()),
        key.asText(),
        event.id().toString(),
        variables);
  }

  private static JsonNode parse(String payload) {
    try {
      JsonNode node = JSON.readTree(payload);
      if (node == null || !node.isObject()) {
        throw new PoisonEventException("payload is not a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new PoisonEventException("payload is not JSON: " + e.getOriginalMessage());
    }
  }

  private static Map<String, Object> variables(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw new PoisonEventException("variables must be a JSON object");
    }
    Map<String, Object> values = JSON.convertValue(node, MAP);
    values.values().removeIf(Objects::isNull); // Map.copyOf refuses nulls
    return values;
  }
}
