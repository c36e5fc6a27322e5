package id.nusatrade.messaging.jms;

import id.nusatrade.messaging.EventDestination;
import java.util.Objects;

/**
 * Where a consumer reads: a queue, or a durable shared subscription on a topic. The subscription
 * name identifies the consuming service: every instance of that service uses the same name and the
 * instances share the stream; another service picks another name and gets its own copy.
 */
public record ConsumerSource(EventDestination destination, String subscriptionName) {
  public ConsumerSource {
    Objects.requireNonNull(destination, "destination");
    if (destination.kind() == EventDestination.Kind.TOPIC
        && (subscriptionName == null || subscriptionName.isBlank())) {
      throw new IllegalArgumentException("a topic consumer needs a subscription name");
    }
  }

  public static ConsumerSource queue(EventDestination queue) {
    return new ConsumerSource(queue, null);
  }

  public static ConsumerSource subscription(EventDestination topic, String subscriptionName) {
    return new ConsumerSource(topic, subscriptionName);
  }
}
