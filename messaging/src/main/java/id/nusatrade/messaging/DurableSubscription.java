package id.nusatrade.messaging;

import java.util.Objects;

/**
 * A durable subscription on a topic that the broker holds from its first start, so events published
 * before the consuming service first subscribes are kept for it instead of dropped (a topic message
 * no subscription exists for is discarded).
 *
 * @param topic the topic the subscription copies
 * @param name the subscription name the consuming service uses
 */
public record DurableSubscription(EventDestination topic, String name) {
  /** The trading engine's subscription to the gateway's execution reports. */
  public static final DurableSubscription TRADING_EXECUTIONS =
      new DurableSubscription(EventRouting.TRADING, "trading-engine-executions");

  /**
   * The workflow side's subscription to the engine's {@code trade.order.approval-requested} events,
   * which start trade-approval instances: held from the broker's first start, so an order that
   * waits for approval before the workflow runtime first subscribes is not lost.
   */
  public static final DurableSubscription TRADE_APPROVAL_REQUESTS =
      new DurableSubscription(EventRouting.TRADING, "workflow-trade-approval-requests");

  public DurableSubscription {
    Objects.requireNonNull(topic, "topic");
    if (topic.kind() != EventDestination.Kind.TOPIC) {
      throw new IllegalArgumentException("a subscription needs a topic, not " + topic.address());
    }
    if (name == null || !name.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException("subscription name must be [A-Za-z0-9_-]+: " + name);
    }
  }

  /**
   * The broker queue behind the subscription: Artemis names a JMS shared durable subscription of a
   * connection without client id after the subscription alone (names with '.' or '\' would be
   * escaped, which the constructor rules out), so a queue created under this name on the topic's
   * address is the one the consumer attaches to.
   */
  public String queueName() {
    return name;
  }
}
