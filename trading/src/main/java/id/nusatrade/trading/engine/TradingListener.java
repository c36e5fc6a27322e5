package id.nusatrade.trading.engine;

import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.ExecutionReport;
import id.nusatrade.domain.trading.Order;
import id.nusatrade.domain.trading.Position;

/**
 * What the engine tells the outside after a change is journaled (events to the bus, persistence,
 * the UI). Called on the engine's thread: implementations hand the change off and return.
 */
public interface TradingListener {
  TradingListener NONE = new TradingListener() {};

  default void orderChanged(Order order) {}

  default void positionChanged(Position position) {}

  /** A venue report was applied to {@code order} (called before orderChanged). */
  default void executionApplied(ExecutionReport report, Order order) {}

  default void accountChanged(Account account) {}

  /** A report that cannot apply (unknown order, illegal transition, overfill): nothing changed. */
  default void anomaly(ExecutionReport report, String why) {}
}
