package id.nusatrade.gateway.events;

/** Event type names the gateway publishes (schema version 1 each). */
public final class EventTypes {
  public static final String TICK_SAMPLED = "market.tick.sampled";

  /** A tick validation refused, with its reason (for review; at most N per stream per second). */
  public static final String TICK_REJECTED = "market.tick.rejected";

  public static final String BAR_CLOSED = "market.bar.closed";
  public static final String INDICATORS_UPDATED = "market.indicator.updated";
  public static final String EXECUTION_REPORTED = "trade.execution.reported";

  private EventTypes() {}
}
