package id.nusatrade.domain.trading;

/**
 * Port: where orders execute (the paper venue, or MT5 through the gateway). Both answer with {@link
 * ExecutionReport}s to the {@link ExecutionSink} they were built with, so an account moves from
 * paper to live by configuration alone. {@link #place} may be called again for an order the venue
 * already holds (after a restart the engine re-places every working order): a venue recognises it
 * by order id or client order id and does not execute it twice.
 */
public interface Venue {
  void place(Order order);

  void cancel(Order order);
}
