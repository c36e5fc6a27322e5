package id.nusatrade.messaging.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Encodes an {@link EventEnvelope} as JSON and back. Example: {@code {"id":"…","tenantId":"…",
 * "type":"market.bar.closed","occurredAt":"2025-01-02T03:04:05Z","schemaVersion":1,
 * "payload":{…}}}. The payload comes back compact (insignificant whitespace removed), its numbers
 * digit for digit. Thread-safe.
 */
public final class EventJsonCodec {
  // decimals cross the wire digit for digit (money must not pass through a double)
  private final ObjectMapper mapper =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  /**
   * @throws IllegalArgumentException when the payload is not JSON: that is the producer's bug and
   *     must not reach the bus
   */
  public String encode(EventEnvelope event) {
    ObjectNode root = mapper.createObjectNode();
    root.put("id", event.id().toString());
    root.put("tenantId", event.tenantId().toString());
    root.put("type", event.type());
    root.put("occurredAt", event.occurredAt().toString());
    root.put("schemaVersion", event.schemaVersion());
    root.set("payload", parsePayload(event));
    return root.toString();
  }

  public EventEnvelope decode(String json) throws UnreadableEventException {
    JsonNode root = parse(json);
    try {
      return new EventEnvelope(
          UUID.fromString(text(root, "id")),
          TenantId.of(text(root, "tenantId")),
          text(root, "type"),
          Instant.parse(text(root, "occurredAt")),
          schemaVersion(root),
          required(root, "payload").toString());
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new UnreadableEventException("invalid event envelope: " + e.getMessage(), e);
    }
  }

  private JsonNode parsePayload(EventEnvelope event) {
    try {
      return mapper.readTree(event.payload());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "payload of event " + event.id() + " (" + event.type() + ") is not JSON", e);
    }
  }

  private JsonNode parse(String json) throws UnreadableEventException {
    if (json == null || json.isBlank()) {
      throw new UnreadableEventException("empty message body: expected an event envelope");
    }
    try {
      JsonNode root = mapper.readTree(json);
      if (!root.isObject()) {
        throw new UnreadableEventException("message body is JSON but not an object");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new UnreadableEventException("message body is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static JsonNode required(JsonNode root, String field) throws UnreadableEventException {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      throw new UnreadableEventException("event envelope lacks '" + field + "'");
    }
    return node;
  }

  private static String text(JsonNode root, String field) throws UnreadableEventException {
    JsonNode node = required(root, field);
    if (!node.isTextual()) {
      throw new UnreadableEventException("'" + field + "' must be a string");
    }
    return node.textValue();
  }

  private static int schemaVersion(JsonNode root) throws UnreadableEventException {
    JsonNode node = required(root, "schemaVersion");
    if (!node.canConvertToInt() || !node.isIntegralNumber()) {
      throw new UnreadableEventException("'schemaVersion' must be an integer");
    }
    return node.intValue();
  }
}
