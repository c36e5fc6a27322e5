package id.nusatrade.messaging;

import java.util.Objects;

/**
 * A broker address events are sent to. Topics are multicast (every subscription gets a copy),
 * queues anycast (one consumer gets each event).
 */
public record EventDestination(String address, Kind kind) {

  /** How the broker fans an event out. */
  public enum Kind {
    TOPIC,
    QUEUE
  }

  public EventDestination {
    Objects.requireNonNull(kind, "kind");
    if (address == null || address.isBlank()) {
      throw new IllegalArgumentException("destination address is required");
    }
  }

  public static EventDestination topic(String address) {
    return new EventDestination(address, Kind.TOPIC);
  }

  public static EventDestination queue(String address) {
    return new EventDestination(address, Kind.QUEUE);
  }
}
