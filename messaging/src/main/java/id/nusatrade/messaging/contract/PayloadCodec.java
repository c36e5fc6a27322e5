package id.nusatrade.messaging.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.messaging.PoisonEventException;
import java.time.Instant;
import java.util.UUID;

/**
 * The one JSON codec of the bus payloads: producers turn a payload record into its envelope,
 * consumers read it back into the same record. Decoding is strict where it matters (the event's
 * type and schema version must be the contract's; every required field must be present and not
 * null, of its type, and pass the record's checks) and lenient where a v1 producer may add a field
 * (unknown fields are ignored). Thread-safe.
 */
public final class PayloadCodec {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          // money and quantities are exact decimals: keep their digits, trailing zeros included
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  /** The payload as JSON (the envelope's {@code payload}). */
  public String payloadJson(Object payload) {
    try {
      return JSON.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write payload " + payload, e);
    }
  }

  /** The envelope of {@code payload} under {@code contract}, schema version included. */
  public <P> EventEnvelope envelope(
      EventContract<P> contract, UUID id, TenantId tenant, Instant occurredAt, P payload) {
    return new EventEnvelope(
        id,
        tenant,
        contract.typeOf(payload),
        occurredAt,
        contract.schemaVersion(),
        payloadJson(payload));
  }

  /**
   * The payload of {@code event} as {@code contract}'s record.
   *
   * @throws PoisonEventException when the event is of another type or schema version, or its
   *     payload does not fit the record; the message names the event, its type and what is wrong
   */
  public <P> P decode(EventContract<P> contract, EventEnvelope event) {
    String what = event.type() + " v" + event.schemaVersion() + " event " + event.id();
    if (!contract.matches(event.type())) {
      throw new PoisonEventException(what + " is not a " + contract + " event");
    }
    if (event.schemaVersion() != contract.schemaVersion()) {
      throw new PoisonEventException(
          what + ": unsupported schema version (this consumer reads " + contract + ")");
    }
    try {
      JsonNode payload = JSON.readTree(event.payload());
      if (payload == null || !payload.isObject()) {
        throw new PoisonEventException(what + ": payload is not a JSON object");
      }
      for (String field : contract.requiredFields()) {
        if (!payload.hasNonNull(field)) {
          throw new PoisonEventException(what + ": payload lacks '" + field + "'");
        }
      }
      return contract.withType(JSON.treeToValue(payload, contract.payloadClass()), event.type());
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new PoisonEventException(what + ": invalid payload: " + cause.getMessage());
    } catch (JsonProcessingException e) {
      String field =
          e instanceof JsonMappingException m
                  && !m.getPath().isEmpty()
                  && m.getPath().getFirst().getFieldName() != null
              ? " (field '" + m.getPath().getFirst().getFieldName() + "')"
              : "";
      throw new PoisonEventException(
          what + ": unreadable payload" + field + ": " + e.getOriginalMessage());
    }
  }
}
