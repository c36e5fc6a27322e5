package id.nusatrade.domain.trading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every order the engine knows, findable by client order id (per account: the idempotency key) and
 * by order id. Adding a second order with a known client order id is refused.
 */
public final class OrderBook {
  private final Map<AccountId, Map<ClientOrderId, Order>> byClient = new HashMap<>();
  private final Map<Long, Order> byId = new LinkedHashMap<>();

  public Order find(AccountId account, ClientOrderId clientOrderId) {
    Map<ClientOrderId, Order> orders = byClient.get(account);
    return orders == null ? null : orders.get(clientOrderId);
  }

  public Order get(OrderId id) {
    return byId.get(id.value());
  }

  public void add(Order order) {
    OrderIntent intent = order.intent();
    Map<ClientOrderId, Order> orders =
        byClient.computeIfAbsent(intent.account(), a -> new HashMap<>());
    if (orders.containsKey(intent.clientOrderId()) || byId.containsKey(order.id().value())) {
      throw new IllegalStateException(
          "order " + intent.clientOrderId() + " (" + order.id() + ") is already in the book");
    }
    orders.put(intent.clientOrderId(), order);
    byId.put(order.id().value(), order);
  }

  /** All orders in the order they were added. */
  public Collection<Order> all() {
    return byId.values();
  }

  public List<Order> of(AccountId account) {
    List<Order> out = new ArrayList<>();
    for (Order o : byId.values()) {
      if (o.intent().account().equals(account)) {
        out.add(o);
      }
    }
    return out;
  }

  public int size() {
    return byId.size();
  }
}
