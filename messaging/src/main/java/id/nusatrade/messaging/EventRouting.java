package id.nusatrade.messaging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Chooses the destination of an event from its type: the longest matching dotted prefix wins
 * ({@code market.bar} matches {@code market.bar.closed} but not {@code market.bars.x}). An event
 * type without a route is a programming error and fails fast instead of being sent somewhere nobody
 * listens.
 */
public final class EventRouting {
  public static final EventDestination MARKET_TICKS =
      EventDestination.topic("nusatrade.market.ticks");
  public static final EventDestination MARKET_BARS =
      EventDestination.topic("nusatrade.market.bars");
  public static final EventDestination MARKET_INDICATORS =
      EventDestination.topic("nusatrade.market.indicators");
  public static final EventDestination TRADING = EventDestination.topic("nusatrade.trading");
  public static final EventDestination SIGNALS = EventDestination.topic("nusatrade.signals");
  public static final EventDestination AUDIT = EventDestination.topic("nusatrade.audit");
  public static final EventDestination WORKFLOW = EventDestination.queue("nusatrade.workflow");

  /** Orders for MT5 terminals: one durable queue the gateway consumes (docs/mt5-protocol.md). */
  public static final EventDestination MT5_ORDERS = EventDestination.queue("nusatrade.mt5.orders");

  private final List<Map.Entry<String, EventDestination>> routes;

  private EventRouting(List<Map.Entry<String, EventDestination>> routes) {
    this.routes = routes.stream().sorted(byPrefixLengthDescending()).toList();
  }

  /** The routes of CONVENTIONS.md; see docs/events.md for the full table. */
  public static EventRouting defaults() {
    return new EventRouting(
        List.of(
            Map.entry("market.tick", MARKET_TICKS),
            Map.entry("market.bar", MARKET_BARS),
            Map.entry("market.indicator", MARKET_INDICATORS),
            Map.entry("trade", TRADING),
            Map.entry("audit", AUDIT),
            Map.entry("workflow", WORKFLOW),
            Map.entry("signal", SIGNALS),
            Map.entry("mt5.order", MT5_ORDERS)));
  }

  /** A copy with one more route; an equal prefix replaces the old route. */
  public EventRouting with(String typePrefix, EventDestination destination) {
    List<Map.Entry<String, EventDestination>> copy = new ArrayList<>(routes);
    copy.removeIf(route -> route.getKey().equals(typePrefix));
    copy.add(Map.entry(typePrefix, destination));
    return new EventRouting(copy);
  }

  public EventDestination destinationOf(String eventType) {
    for (Map.Entry<String, EventDestination> route : routes) {
      String prefix = route.getKey();
      if (eventType.equals(prefix) || eventType.startsWith(prefix + ".")) {
        return route.getValue();
      }
    }
    throw new IllegalArgumentException(
        "no destination for event type '" + eventType + "'; known prefixes: " + prefixes());
  }

  /** Every distinct destination, so a broker can be prepared before the first event. */
  public List<EventDestination> destinations() {
    return routes.stream().map(Map.Entry::getValue).distinct().toList();
  }

  private List<String> prefixes() {
    return routes.stream().map(Map.Entry::getKey).sorted().toList();
  }

  private static Comparator<Map.Entry<String, EventDestination>> byPrefixLengthDescending() {
    return Comparator.comparingInt((Map.Entry<String, EventDestination> e) -> e.getKey().length())
        .reversed();
  }
}
