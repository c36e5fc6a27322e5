package id.nusatrade.trading.paper;

import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.ExecutionId;
import id.nusatrade.domain.trading.ExecutionKind;
import id.nusatrade.domain.trading.ExecutionReport;
import id.nusatrade.domain.trading.ExecutionSink;
import id.nusatrade.domain.trading.Order;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.domain.trading.Venue;
import id.nusatrade.trading.fill.FillModel;
import id.nusatrade.trading.market.TenantSymbolMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fills working orders on the ticks the engine passes it. Each tick is a one-price bar at the
 * order's side of the quote (a buy at the ask, a sell at the bid), so the fill model's rules apply
 * with the live spread: a market order fills at that price with slippage, a limit once the price
 * reaches it (no slippage), a stop once the price crosses it (with slippage); commission as the
 * model's costs say. An order is accepted on the first tick after it arrived and fills in full.
 *
 * <p>Execution ids are derived from the order ({@code P<order>a}, {@code P<order>@<filled before>},
 * {@code P<order>c}), so after a restart a re-placed order cannot produce an id the engine already
 * applied for a different execution. Orders wait per tenant and symbol: a tick fills only orders of
 * its own feed's tenant. Runs on the engine's thread only.
 */
public final class PaperVenue implements Venue {
  private final FillModel fills;
  private final ExecutionSink sink;
  private final TenantSymbolMap<List<Order>> working = new TenantSymbolMap<>();
  private final Set<Long> known = new HashSet<>();
  private final Set<Long> accepted = new HashSet<>();

  public PaperVenue(FillModel fills, ExecutionSink sink) {
    if (fills.costs().spread() != 0) {
      throw new IllegalArgumentException(
          "the paper venue takes the spread from live quotes: configure its costs with spread 0");
    }
    this.fills = fills;
    this.sink = sink;
  }

  @Override
  public void place(TenantId tenant, Order order) {
    if (known.add(order.id().value())) {
      working.computeIfAbsent(tenant, order.intent().symbol(), ArrayList::new).add(order);
    }
  }

  @Override
  public void cancel(TenantId tenant, Order order) {
    List<Order> orders = working.get(tenant, order.intent().symbol());
    if (orders != null && orders.remove(order)) {
      forget(order);
      sink.onExecution(
          ExecutionReport.of(
              new ExecutionId("P" + order.id() + "c"),
              order.id(),
              ExecutionKind.CANCELLED,
              0,
              null));
    }
  }

  @Override
  public void onTick(Tick tick) {
    List<Order> orders = working.get(tick.feed().tenant(), tick.symbol());
    if (orders == null) {
      return;
    }
    for (int i = 0; i < orders.size(); i++) {
      Order o = orders.get(i);
      if (accepted.add(o.id().value()) && o.state() == OrderState.SENT) {
        sink.onExecution(
            ExecutionReport.of(
                new ExecutionId("P" + o.id() + "a"),
                o.id(),
                ExecutionKind.ACCEPTED,
                tick.timeMillis(),
                null));
      }
      double price = price(o.intent(), tick);
      if (!Double.isNaN(price)) {
        orders.remove(i--);
        forget(o);
        BigDecimal quantity = o.remainingQuantity();
        sink.onExecution(
            ExecutionReport.fill(
                new ExecutionId("P" + o.id() + "@" + o.filledQuantity().toPlainString()),
                o.id(),
                quantity,
                BigDecimal.valueOf(price),
                fills.commission(price, quantity),
                tick.timeMillis()));
      }
    }
  }

  private void forget(Order o) {
    known.remove(o.id().value());
    accepted.remove(o.id().value());
  }

  /** The fill price on this tick, or NaN when the order does not fill. */
  private double price(OrderIntent intent, Tick tick) {
    id.nusatrade.trading.fill.Side side =
        intent.side() == Side.BUY
            ? id.nusatrade.trading.fill.Side.BUY
            : id.nusatrade.trading.fill.Side.SELL;
    double p = intent.side() == Side.BUY ? tick.ask() : tick.bid();
    return switch (intent.type()) {
      case MARKET -> fills.market(side, p);
      case LIMIT -> fills.limit(side, intent.limitPrice().doubleValue(), p, p, p);
      case STOP -> fills.stop(side, intent.stopPrice().doubleValue(), p, p, p);
    };
  }

  /** In-process: a crash loses the engine's unwritten records and this venue's state together. */
  @Override
  public boolean remote() {
    return false;
  }

  /** Orders waiting for a price (all tenants and symbols). */
  public int workingCount() {
    return known.size(); // an order is known from its placing until it fills or is cancelled
  }
}
