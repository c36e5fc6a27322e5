package id.nusatrade.trading.engine;

import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.ExecutionReport;
import id.nusatrade.domain.trading.Order;
import id.nusatrade.domain.trading.Position;
import java.util.List;

/** Several listeners heard in order (for example the store, then the events). */
public final class TradingListeners implements TradingListener {
  private final List<TradingListener> all;

  private TradingListeners(List<TradingListener> all) {
    this.all = all;
  }

  public static TradingListener of(TradingListener... listeners) {
    return new TradingListeners(List.of(listeners));
  }

  @Override
  public void orderChanged(Order order) {
    all.forEach(l -> l.orderChanged(order));
  }

  @Override
  public void positionChanged(Position position) {
    all.forEach(l -> l.positionChanged(position));
  }

  @Override
  public void accountChanged(Account account) {
    all.forEach(l -> l.accountChanged(account));
  }

  @Override
  public void executionApplied(ExecutionReport report, Order order) {
    all.forEach(l -> l.executionApplied(report, order));
  }

  @Override
  public void anomaly(ExecutionReport report, String why) {
    all.forEach(l -> l.anomaly(report, why));
  }
}
