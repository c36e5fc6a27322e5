package id.nusatrade.server.infrastructure.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TickPayloadsTest {
  static final TenantId TENANT = TenantId.of("11111111-1111-1111-1111-111111111111");

  static EventEnvelope event(String type, String payload) {
    return new EventEnvelope(UUID.randomUUID(), TENANT, type, Instant.EPOCH, 1, payload);
  }

  @Test
  void readsTheGatewaysSampledTickAsTheFeedOfTheEnvelopesTenant() {
    Tick t =
        TickPayloads.tick(
            event(
                "market.tick.sampled",
                "{\"account\":7,\"symbol\":\"XAUUSD\",\"time\":1700000000123,\"bid\":2650.5,\"ask\":2650.75,\"last\":0}"));
    assertThat(t)
        .isEqualTo(
            new Tick(new FeedId(TENANT, 7, "XAUUSD"), 0, 1700000000123L, 2650.5, 2650.75, 0, 0, 0));
  }

  @Test
  void anotherEventOrABrokenPayloadIsRefused() {
    assertThatThrownBy(() -> TickPayloads.tick(event("market.bar.closed", "{}")))
        .hasMessageContaining("is not a market.tick.sampled v1 event");
    assertThatThrownBy(() -> TickPayloads.tick(event("market.tick.sampled", "{\"symbol\":1}")))
        .hasMessageContaining("market.tick.sampled v1 event")
        .hasMessageContaining("'account'");
  }
}
