package id.nusatrade.gateway.events;

/** Event type names the gateway publishes (schema version 1 each). */
public final class EventTypes {
  public static final String TICK_SAMPLED = "market.tick.sampled";
  public static final String BAR_CLOSED = "market.bar.closed";
  public static final String INDICATORS_UPDATED = "market.indicators.updated";
  public static final String EXECUTION_REPORTED = "trade.execution.reported";

  private EventTypes() {}
}
