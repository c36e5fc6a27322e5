package id.nusatrade.trading.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.Order;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.Position;
import id.nusatrade.trading.engine.OrderView;
import id.nusatrade.trading.engine.PositionView;
import id.nusatrade.trading.engine.TradingListener;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Publishes {@code trade.account.changed}, {@code trade.order.changed}, {@code
 * trade.position.changed} and, when the rules ask a person first, {@code
 * trade.order.approval-requested} (the hand-off to the trade-approval process), all schema v1. The
 * listener methods only enqueue snapshots; {@link #publish} builds the envelopes once (so a retried
 * batch keeps its event ids and the broker's duplicate detection drops repeats) and hands them over
 * in one batch.
 */
public final class TradingEvents implements TradingListener {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Clock clock;
  private final Map<AccountId, TenantId> tenants = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Object[]> pending = new ConcurrentLinkedQueue<>();
  private final List<EventEnvelope> unsent = new ArrayList<>();

  public TradingEvents(Clock clock) {
    this.clock = clock;
  }

  public void known(List<Account> accounts) {
    accounts.forEach(a -> tenants.put(a.id(), a.tenant()));
  }

  @Override
  public void accountChanged(Account a) {
    tenants.put(a.id(), a.tenant());
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("accountId", a.id().toString());
    p.put("mode", a.mode().name());
    p.put("tradingState", a.tradingState().name());
    pending.add(new Object[] {a.id(), "trade.account.changed", p});
  }

  @Override
  public void orderChanged(Order order) {
    OrderView o = OrderView.of(order);
    String type =
        o.state() == OrderState.PENDING_APPROVAL
            ? "trade.order.approval-requested"
            : "trade.order.changed";
    pending.add(new Object[] {o.intent().account(), type, o});
  }

  @Override
  public void positionChanged(Position position) {
    pending.add(
        new Object[] {
          position.account(), "trade.position.changed", PositionView.of(position, null)
        });
  }

  /** Publishes everything pending in one batch; returns how many events went out. */
  public synchronized int publish(EventPublisher publisher) {
    for (Object[] e; (e = pending.poll()) != null; ) {
      unsent.add(envelope((AccountId) e[0], (String) e[1], e[2]));
    }
    if (unsent.isEmpty()) {
      return 0;
    }
    publisher.publishBatch(List.copyOf(unsent)); // throws: kept for the next try
    int n = unsent.size();
    unsent.clear();
    return n;
  }

  private EventEnvelope envelope(AccountId account, String type, Object snapshot) {
    return new EventEnvelope(
        UUID.randomUUID(),
        tenants.get(account),
        type,
        clock.instant(),
        1,
        payload(account, snapshot));
  }

  static String payload(AccountId account, Object snapshot) {
    Map<String, Object> p;
    switch (snapshot) {
      case OrderView o -> {
        p = new LinkedHashMap<>();
        p.put("accountId", account.toString());
        p.put("orderId", o.id());
        p.put("clientOrderId", o.intent().clientOrderId().value());
        p.put("symbol", o.intent().symbol());
        p.put("side", o.intent().side().name());
        p.put("type", o.intent().type().name());
        p.put("quantity", o.intent().quantity());
        p.put("limitPrice", o.intent().limitPrice());
        p.put("stopPrice", o.intent().stopPrice());
        p.put("state", o.state().name());
        p.put("filledQuantity", o.filledQuantity());
        p.put("averagePrice", o.averagePrice());
        p.put("reasons", o.reasons());
        p.put("exitReason", o.exitReason() == null ? null : o.exitReason().name());
      }
      case PositionView v -> {
        p = new LinkedHashMap<>();
        p.put("accountId", account.toString());
        p.put("symbol", v.symbol());
        p.put("quantity", v.quantity());
        p.put("averagePrice", v.averagePrice());
        p.put("realisedPnl", v.realisedPnl());
        p.put("commissions", v.commissions());
      }
      case Map<?, ?> m -> {
        p = new LinkedHashMap<>();
        m.forEach((k, v) -> p.put((String) k, v));
      }
      default -> throw new IllegalStateException("unknown snapshot " + snapshot);
    }
    try {
      return JSON.writeValueAsString(p);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a trading event", e);
    }
  }
}
