package id.nusatrade.messaging;

import java.time.Duration;
import java.util.List;

/**
 * What the broker must be configured with for the bus to keep its promises: the destinations, a
 * dead-letter and an expiry queue, and how often a failing event is redelivered before it is parked
 * in the dead-letter queue. Plain data, so whoever embeds or configures Artemis (the launcher, a
 * broker.xml) applies the same values.
 *
 * @param destinations addresses to create up front
 * @param subscriptions durable subscription queues to create up front, so events sent before the
 *     consumer first subscribes are kept
 * @param deadLetterQueue where an event goes after {@code maxDeliveryAttempts} failed deliveries
 * @param expiryQueue where expired messages go instead of being dropped
 * @param maxDeliveryAttempts deliveries (first one included) before dead-lettering
 * @param redeliveryDelay wait before the first redelivery
 * @param redeliveryMultiplier growth of the wait for each further redelivery
 * @param maxRedeliveryDelay cap of the wait
 */
public record EventBusTopology(
    List<EventDestination> destinations,
    List<DurableSubscription> subscriptions,
    String deadLetterQueue,
    String expiryQueue,
    int maxDeliveryAttempts,
    Duration redeliveryDelay,
    double redeliveryMultiplier,
    Duration maxRedeliveryDelay) {

  public static final String DEAD_LETTER_QUEUE = "DLQ";
  public static final String EXPIRY_QUEUE = "ExpiryQueue";

  public EventBusTopology {
    destinations = List.copyOf(destinations);
    subscriptions = List.copyOf(subscriptions);
    if (maxDeliveryAttempts < 1) {
      throw new IllegalArgumentException("at least one delivery attempt");
    }
  }

  /** Production defaults: 5 attempts, 1 s, 2 s, 4 s, 8 s apart (capped at 30 s). */
  public static EventBusTopology defaults() {
    return new EventBusTopology(
        EventRouting.defaults().destinations(),
        List.of(
            DurableSubscription.TRADING_EXECUTIONS, DurableSubscription.TRADE_APPROVAL_REQUESTS),
        DEAD_LETTER_QUEUE,
        EXPIRY_QUEUE,
        5,
        Duration.ofSeconds(1),
        2.0,
        Duration.ofSeconds(30));
  }

  /**
   * The same topology with no subscription created up front: what an external broker configured
   * without our broker.xml entries offers (the producers create them, {@code
   * DurableSubscriptions}).
   */
  public EventBusTopology withoutSubscriptions() {
    return new EventBusTopology(
        destinations,
        List.of(),
        deadLetterQueue,
        expiryQueue,
        maxDeliveryAttempts,
        redeliveryDelay,
        redeliveryMultiplier,
        maxRedeliveryDelay);
  }

  /** The same topology with other redelivery rules (tests use no delay). */
  public EventBusTopology withRedelivery(int attempts, Duration delay) {
    return new EventBusTopology(
        destinations,
        subscriptions,
        deadLetterQueue,
        expiryQueue,
        attempts,
        delay,
        redeliveryMultiplier,
        maxRedeliveryDelay);
  }
}
