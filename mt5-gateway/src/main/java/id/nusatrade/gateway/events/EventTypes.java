package id.nusatrade.gateway.events;

import id.nusatrade.messaging.contract.EventContracts;

/** Event type names the gateway publishes; the contracts themselves are {@link EventContracts}. */
public final class EventTypes {
  public static final String TICK_SAMPLED = EventContracts.TICK_SAMPLED.type();

  /** A tick validation refused, with its reason (for review; at most N per stream per second). */
  public static final String TICK_REJECTED = EventContracts.TICK_REJECTED.type();

  public static final String BAR_CLOSED = EventContracts.BAR_CLOSED.type();
  public static final String INDICATORS_UPDATED = EventContracts.INDICATORS_UPDATED.type();
  public static final String EXECUTION_REPORTED = EventContracts.EXECUTION_REPORTED.type();

  private EventTypes() {}
}
