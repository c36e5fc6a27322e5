package id.nusatrade.trading.events;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.Order;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.Position;
import id.nusatrade.messaging.contract.AccountChanged;
import id.nusatrade.messaging.contract.EventContract;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.OrderChanged;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.messaging.contract.PositionChanged;
import id.nusatrade.trading.engine.OrderView;
import id.nusatrade.trading.engine.PositionView;
import id.nusatrade.trading.engine.TradingListener;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Publishes {@code trade.account.changed}, {@code trade.order.changed}, {@code
 * trade.position.changed} and, when the rules ask a person first, {@code
 * trade.order.approval-requested} (the hand-off to the trade-approval process), all schema v1 and
 * typed by the bus contract ({@link EventContracts#ACCOUNT_CHANGED}, {@link
 * EventContracts#ORDER_CHANGED}, {@link EventContracts#POSITION_CHANGED}). The listener methods
 * only enqueue payload snapshots; {@link #publish} builds the envelopes once (so a retried batch
 * keeps its event ids and the broker's duplicate detection drops repeats) and hands them over in
 * one batch.
 */
public final class TradingEvents implements TradingListener {
  private final PayloadCodec codec = new PayloadCodec();
  private final Clock clock;
  private final Map<AccountId, TenantId> tenants = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Pending<?>> pending = new ConcurrentLinkedQueue<>();
  private final List<EventEnvelope> unsent = new ArrayList<>();

  /** One payload waiting for its envelope. */
  private record Pending<P>(AccountId account, EventContract<P> contract, P payload) {}

  public TradingEvents(Clock clock) {
    this.clock = clock;
  }

  public void known(List<Account> accounts) {
    accounts.forEach(a -> tenants.put(a.id(), a.tenant()));
  }

  @Override
  public void accountChanged(Account a) {
    tenants.put(a.id(), a.tenant());
    pending.add(
        new Pending<>(
            a.id(),
            EventContracts.ACCOUNT_CHANGED,
            new AccountChanged(a.id().toString(), a.mode(), a.tradingState())));
  }

  @Override
  public void orderChanged(Order order) {
    OrderView o = OrderView.of(order);
    pending.add(new Pending<>(o.intent().account(), EventContracts.ORDER_CHANGED, payload(o)));
  }

  @Override
  public void positionChanged(Position position) {
    pending.add(
        new Pending<>(
            position.account(),
            EventContracts.POSITION_CHANGED,
            payload(position.account(), PositionView.of(position, null))));
  }

  /** Publishes everything pending in one batch; returns how many events went out. */
  public synchronized int publish(EventPublisher publisher) {
    for (Pending<?> e; (e = pending.poll()) != null; ) {
      unsent.add(envelope(e));
    }
    if (unsent.isEmpty()) {
      return 0;
    }
    publisher.publishBatch(List.copyOf(unsent)); // throws: kept for the next try
    int n = unsent.size();
    unsent.clear();
    return n;
  }

  private <P> EventEnvelope envelope(Pending<P> e) {
    return codec.envelope(
        e.contract(), UUID.randomUUID(), tenants.get(e.account()), clock.instant(), e.payload());
  }

  static OrderChanged payload(OrderView o) {
    OrderIntent intent = o.intent();
    return new OrderChanged(
        intent.account().toString(),
        o.id(),
        intent.clientOrderId().value(),
        intent.symbol(),
        intent.side(),
        intent.type(),
        intent.quantity(),
        intent.limitPrice(),
        intent.stopPrice(),
        o.state(),
        o.filledQuantity(),
        o.averagePrice(),
        o.reasons(),
        o.exitReason(),
        o.state() == OrderState.PENDING_APPROVAL ? o.valuation() : null);
  }

  static PositionChanged payload(AccountId account, PositionView v) {
    return new PositionChanged(
        account.toString(),
        v.symbol(),
        v.quantity(),
        v.averagePrice(),
        v.realisedPnl(),
        v.commissions());
  }
}
