package id.nusatrade.domain.trading;

import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.tenant.TenantId;

/**
 * Port: where orders execute (the paper venue, or MT5 through the gateway). Both answer with {@link
 * ExecutionReport}s to the {@link ExecutionSink} they were built with, so an account moves from
 * paper to live by configuration alone. {@link #place} may be called again for an order the venue
 * already holds (after a restart the engine re-places every working order): a venue recognises it
 * by order id or client order id and does not execute it twice. Every order comes with its
 * account's tenant: a venue that fills from quotes fills it only on that tenant's quotes (brokers
 * quote the same symbol differently).
 */
public interface Venue {
  void place(TenantId tenant, Order order);

  void cancel(TenantId tenant, Order order);

  /**
   * A quote, passed by the engine on its own thread after it checked the positions' stops (a venue
   * that fills from quotes, such as the paper venue, fills here; a remote venue ignores it).
   */
  default void onTick(Tick tick) {}

  /**
   * Whether an order placed here leaves this process (MT5: yes; paper: no, its state dies with the
   * engine's). The engine writes its journal to the file before an order leaves the process.
   */
  default boolean remote() {
    return true;
  }
}
