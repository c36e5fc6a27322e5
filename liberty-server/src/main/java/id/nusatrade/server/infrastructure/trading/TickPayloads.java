package id.nusatrade.server.infrastructure.trading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;

/**
 * Reads the gateway's {@code market.tick.sampled} payload (v1: account, symbol, time, bid, ask,
 * last; the tenant from the envelope).
 */
final class TickPayloads {
  static final String TICK_SAMPLED = "market.tick.sampled";
  private static final ObjectMapper JSON = new ObjectMapper();

  private TickPayloads() {}

  static Tick tick(EventEnvelope e) {
    if (!TICK_SAMPLED.equals(e.type()) || e.schemaVersion() != 1) {
      throw new IllegalArgumentException("not a v1 " + TICK_SAMPLED + " event: " + e.type());
    }
    try {
      JsonNode p = JSON.readTree(e.payload());
      return new Tick(
          new FeedId(e.tenantId(), p.path("account").asLong(0), p.get("symbol").asText()),
          0,
          p.get("time").asLong(),
          p.get("bid").asDouble(),
          p.get("ask").asDouble(),
          p.path("last").asDouble(0),
          0,
          0);
    } catch (Exception failure) {
      throw new IllegalArgumentException("unreadable tick payload: " + e.payload(), failure);
    }
  }
}
