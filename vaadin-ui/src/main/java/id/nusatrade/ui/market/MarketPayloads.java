package id.nusatrade.ui.market;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Timeframe;
import java.util.Optional;

/**
 * Reads the gateway's {@code market.tick.sampled} and {@code market.bar.closed} payloads (schema
 * version 1, see docs/events.md). Anything else, another version or a payload missing a field is
 * ignored: a chart must never fail because of one odd event.
 */
public final class MarketPayloads {
  public static final String TICK_SAMPLED = "market.tick.sampled";
  public static final String BAR_CLOSED = "market.bar.closed";
  private static final ObjectMapper JSON = new ObjectMapper();

  private MarketPayloads() {}

  public static Optional<MarketUpdate> decode(EventEnvelope event) {
    if (event.schemaVersion() != 1) {
      return Optional.empty();
    }
    try {
      JsonNode p = JSON.readTree(event.payload());
      return switch (event.type()) {
        case TICK_SAMPLED -> Optional.of(tick(event, p));
        case BAR_CLOSED -> Optional.of(bar(event, p));
        default -> Optional.empty();
      };
    } catch (JsonProcessingException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static MarketUpdate tick(EventEnvelope e, JsonNode p) {
    return new MarketUpdate.TickSample(
        feed(e, p),
        number(p, "time").longValue(),
        number(p, "bid").doubleValue(),
        number(p, "ask").doubleValue());
  }

  private static MarketUpdate bar(EventEnvelope e, JsonNode p) {
    Candle candle =
        new Candle(
            number(p, "openTime").longValue(),
            number(p, "open").doubleValue(),
            number(p, "high").doubleValue(),
            number(p, "low").doubleValue(),
            number(p, "close").doubleValue(),
            number(p, "tickVolume").longValue());
    return new MarketUpdate.ClosedBar(feed(e, p), Timeframe.valueOf(text(p, "timeframe")), candle);
  }

  /**
   * The tenant from the envelope (set by the gateway from the terminal's login), never the body.
   */
  private static FeedId feed(EventEnvelope e, JsonNode p) {
    return new FeedId(e.tenantId(), number(p, "account").longValue(), text(p, "symbol"));
  }

  private static String text(JsonNode p, String field) {
    JsonNode n = p.get(field);
    if (n == null || !n.isTextual()) {
      throw new IllegalArgumentException("no text field " + field);
    }
    return n.asText();
  }

  private static Number number(JsonNode p, String field) {
    JsonNode n = p.get(field);
    if (n == null || !n.isNumber()) {
      throw new IllegalArgumentException("no number field " + field);
    }
    return n.numberValue();
  }
}
