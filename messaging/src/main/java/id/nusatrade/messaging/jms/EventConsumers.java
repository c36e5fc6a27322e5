package id.nusatrade.messaging.jms;

import id.nusatrade.messaging.EventBusTopology;
import id.nusatrade.messaging.EventHandler;
import jakarta.jms.ConnectionFactory;

/** Starts {@link EventConsumer}s that share one broker, mapping and topology. */
public final class EventConsumers {
  /** Events per consumer transaction: one journal sync per batch instead of one per event. */
  public static final int DEFAULT_MAX_BATCH = 100;

  private final ConnectionFactory factory;
  private final EventMessages messages;
  private final EventBusTopology topology;

  public EventConsumers(
      ConnectionFactory factory, EventMessages messages, EventBusTopology topology) {
    this.factory = factory;
    this.messages = messages;
    this.topology = topology;
  }

  public EventConsumer start(ConsumerSource source, EventHandler handler) {
    return start(source, handler, DEFAULT_MAX_BATCH);
  }

  public EventConsumer start(ConsumerSource source, EventHandler handler, int maxBatch) {
    return EventConsumer.start(factory, source, handler, messages, topology, maxBatch);
  }
}
