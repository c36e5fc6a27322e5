package id.nusatrade.messaging.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventJsonCodecTest {
  private static final String EVENT_JSON =
      """
      {"id":"6f1c7f2e-3b9a-4c1d-9e8f-0a1b2c3d4e5f",
       "tenantId":"11111111-1111-1111-1111-111111111111",
       "type":"market.bar.closed",
       "occurredAt":"2025-03-04T02:15:00Z",
       "schemaVersion":2,
       "payload":{"symbol":"XAUUSD","close":"2912.35"}}
      """;

  private final EventJsonCodec codec = new EventJsonCodec();

  @Test
  void decodesTheDocumentedWireFormat() throws Exception {
    EventEnvelope event = codec.decode(EVENT_JSON);

    assertThat(event.id()).isEqualTo(UUID.fromString("6f1c7f2e-3b9a-4c1d-9e8f-0a1b2c3d4e5f"));
    assertThat(event.tenantId()).isEqualTo(TenantId.of("11111111-1111-1111-1111-111111111111"));
    assertThat(event.type()).isEqualTo("market.bar.closed");
    assertThat(event.occurredAt()).isEqualTo(Instant.parse("2025-03-04T02:15:00Z"));
    assertThat(event.schemaVersion()).isEqualTo(2);
    assertThat(event.payload()).isEqualTo("{\"symbol\":\"XAUUSD\",\"close\":\"2912.35\"}");
  }

  @Test
  void encodesThePayloadAsEmbeddedJsonNotAsAString() throws Exception {
    EventEnvelope event = codec.decode(EVENT_JSON);

    String json = codec.encode(event);

    ObjectMapper mapper = new ObjectMapper();
    assertThat(mapper.readTree(json)).isEqualTo(mapper.readTree(EVENT_JSON));
  }

  @Test
  void roundTripKeepsEveryField() throws Exception {
    EventEnvelope event =
        new EventEnvelope(
            UUID.randomUUID(),
            TenantId.random(),
            "audit.user.login",
            Instant.parse("2025-01-01T00:00:00.123456789Z"),
            1,
            "[1,2,3]");

    assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
  }

  @Test
  void aDecimalCrossesTheWireDigitForDigit() throws Exception {
    String payload = "{\"quantity\":0.10,\"price\":1.10020000000000000001,\"n\":7}";
    EventEnvelope event =
        new EventEnvelope(
            UUID.randomUUID(), TenantId.random(), "trade.order.changed", Instant.EPOCH, 1, payload);

    assertThat(codec.decode(codec.encode(event)).payload()).isEqualTo(payload);
  }

  @Test
  void refusesToEncodeAPayloadThatIsNotJson() {
    EventEnvelope event =
        new EventEnvelope(
            UUID.randomUUID(), TenantId.random(), "audit.x", Instant.EPOCH, 1, "not json");

    assertThatThrownBy(() -> codec.encode(event))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not JSON");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "plain text            | hello world                   | not JSON",
        "empty body            | ``                            | empty message body",
        "JSON array            | [1,2]                         | not an object",
        "missing id            | {\"type\":\"audit.x\"}         | lacks 'id'",
      })
  void rejectsBodiesThatAreNoEnvelope(String caseName, String body, String reason) {
    assertThatThrownBy(() -> codec.decode(body))
        .isInstanceOf(UnreadableEventException.class)
        .hasMessageContaining(reason);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "type not dotted       | \"type\":\"market.bar.closed\"  | \"type\":\"MarketBarClosed\" | dotted lower case",
        "schema version text   | \"schemaVersion\":2            | \"schemaVersion\":\"2\"     | must be an integer",
        "schema version zero   | \"schemaVersion\":2            | \"schemaVersion\":0         | starts at 1",
        "bad timestamp         | 2025-03-04T02:15:00Z          | yesterday                 | invalid event envelope",
        "bad tenant            | 11111111-1111-1111-1111-111111111111 | tenant-a           | invalid event envelope",
        "payload missing       | \"payload\"                    | \"other\"                   | lacks 'payload'",
      })
  void rejectsEnvelopesBreakingARule(String caseName, String from, String to, String reason) {
    String broken = EVENT_JSON.replace(from, to);

    assertThatThrownBy(() -> codec.decode(broken))
        .isInstanceOf(UnreadableEventException.class)
        .hasMessageContaining(reason);
  }
}
