package id.nusatrade.gateway.sim;

import id.nusatrade.gateway.protocol.ExecutionKind;
import id.nusatrade.gateway.protocol.ExecutionReport;
import id.nusatrade.gateway.protocol.OrderAction;
import id.nusatrade.gateway.protocol.OrderCommand;
import id.nusatrade.gateway.protocol.OrderType;
import id.nusatrade.gateway.protocol.Position;
import id.nusatrade.gateway.protocol.Side;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulated broker side of the EA: safety limits first, then a market order fills at once at
 * the last quote (ask to buy, bid to sell), while a LIMIT or STOP order waits as a pending order
 * (only acknowledged, as MT5 answers PLACED) until a CANCEL withdraws it (reported CANCELLED; a
 * CANCEL for no pending order of ours is CANCEL_REJECTED). Pending orders are not triggered by
 * quotes: the simulated EA, like the MQL5 EA, does not report pending fills yet. Fills carry the
 * commission and swap of {@link #charge} ({@link BrokerCosts}). Stands in for MT5's CTrade; no
 * trading logic of our own.
 */
public final class OrderDesk {
  /** MT5's TRADE_RETCODE_DONE. */
  public static final int DONE = 10009;

  /** MT5's TRADE_RETCODE_INVALID (the request names no order that can be withdrawn). */
  public static final int INVALID = 10013;

  private final SafetyLimits safety;
  private final Map<String, double[]> quotes = new ConcurrentHashMap<>();
  private final Map<Long, Position> positions = new ConcurrentHashMap<>();
  private final List<ExecutionReport> reports = new ArrayList<>();
  private final Set<String> executed = new HashSet<>();
  private final Map<String, OrderCommand> pending = new java.util.LinkedHashMap<>();
  private volatile BrokerCosts costs = BrokerCosts.NONE;
  private long duplicates;
  private long nextTicket = 1000;

  OrderDesk(SafetyLimits safety) {
    this.safety = safety;
  }

  /** What fills report as commission and swap from now on (none by default). */
  public void charge(BrokerCosts costs) {
    this.costs = java.util.Objects.requireNonNull(costs, "costs");
  }

  void lastPrice(String symbol, double bid, double ask) {
    double[] q = quotes.get(symbol);
    if (q == null) {
      quotes.put(symbol, new double[] {bid, ask});
    } else {
      q[0] = bid;
      q[1] = ask;
    }
  }

  /**
   * Executes an ORDER once per client order id: a second ORDER with a client order id this desk
   * already executed (the gateway numbered it again) is not executed, null.
   */
  synchronized ExecutionReport execute(OrderCommand o) {
    if (!executed.add(OrderAction.dedupKey(o.action(), o.clientOrderId()))) {
      duplicates++;
      return null;
    }
    if (o.action() == OrderAction.CANCEL) {
      return recorded(cancel(o)); // withdrawing risk is never refused by the safety limits
    }
    int refused = safety.check(o, positions.size() + pending.size());
    if (refused == 0 && o.action() == OrderAction.PLACE && o.type() != OrderType.MARKET) {
      pending.put(o.clientOrderId(), o);
      return null; // PLACED: only acknowledged
    }
    return recorded(
        refused != 0
            ? report(o, ExecutionKind.REJECT, refused, 0, 0)
            : switch (o.action()) {
              case PLACE -> place(o);
              case CLOSE -> close(o);
              case MODIFY -> report(o, ExecutionKind.FILL, DONE, o.ticket(), o.price());
              case CANCEL -> throw new IllegalStateException("handled above");
            });
  }

  private ExecutionReport recorded(ExecutionReport r) {
    reports.add(r);
    return r;
  }

  private ExecutionReport cancel(OrderCommand o) {
    OrderCommand withdrawn = pending.remove(o.clientOrderId());
    return withdrawn == null
        ? report(o, ExecutionKind.CANCEL_REJECTED, INVALID, 0, 0)
        : report(withdrawn, ExecutionKind.CANCELLED, DONE, 0, 0);
  }

  /** Client order ids of the LIMIT and STOP orders waiting at this desk. */
  public synchronized Set<String> pendingOrders() {
    return Set.copyOf(pending.keySet());
  }

  private ExecutionReport place(OrderCommand o) {
    double[] q = quotes.getOrDefault(o.symbol(), new double[] {o.price(), o.price()});
    double price = o.side() == Side.BUY ? q[1] : q[0];
    long ticket = nextTicket++;
    BrokerCosts c = costs;
    boolean offsets =
        positions.values().stream()
            .anyMatch(p -> p.symbol().equals(o.symbol()) && p.side() != o.side());
    ExecutionReport fill =
        report(
            o,
            ExecutionKind.FILL,
            DONE,
            ticket,
            price,
            c.commission(o.volume()),
            offsets ? c.swapPerLot() * o.volume() : 0);
    positions.put(
        ticket,
        new Position(
            ticket, o.symbol(), o.side(), o.volume(), price, o.stopLoss(), o.takeProfit(), 0));
    return fill;
  }

  private ExecutionReport close(OrderCommand o) {
    Position p = positions.remove(o.ticket());
    return p == null
        ? report(o, ExecutionKind.REJECT, SafetyLimits.REJECT, o.ticket(), 0)
        : report(
            o,
            ExecutionKind.FILL,
            DONE,
            o.ticket(),
            p.openPrice(),
            costs.commission(p.volume()),
            costs.swapPerLot() * p.volume());
  }

  private static ExecutionReport report(
      OrderCommand o, ExecutionKind kind, int retcode, long ticket, double price) {
    return report(o, kind, retcode, ticket, price, 0, 0);
  }

  private static ExecutionReport report(
      OrderCommand o,
      ExecutionKind kind,
      int retcode,
      long ticket,
      double price,
      double commission,
      double swap) {
    return new ExecutionReport(
        0,
        kind,
        o.side(),
        retcode,
        ticket,
        System.currentTimeMillis(),
        o.clientOrderId(),
        o.symbol(),
        o.volume(),
        price,
        commission,
        swap,
        List.of());
  }

  /** A POSITIONS report of every open position (ticket order). */
  synchronized ExecutionReport snapshot() {
    List<Position> open = new ArrayList<>(positions.values());
    open.sort(java.util.Comparator.comparingLong(Position::ticket));
    return new ExecutionReport(
        0,
        ExecutionKind.POSITIONS,
        Side.NONE,
        DONE,
        0,
        System.currentTimeMillis(),
        "",
        "",
        0,
        0,
        open);
  }

  ExecutionReport withSeq(ExecutionReport r, long seq) {
    return new ExecutionReport(
        seq,
        r.kind(),
        r.side(),
        r.retcode(),
        r.ticket(),
        r.timeMillis(),
        r.clientOrderId(),
        r.symbol(),
        r.volume(),
        r.price(),
        r.commission(),
        r.swap(),
        r.positions());
  }

  public synchronized List<ExecutionReport> reports() {
    return List.copyOf(reports);
  }

  /** ORDERs refused because their client order id was already executed. */
  public synchronized long duplicates() {
    return duplicates;
  }

  public synchronized List<Position> positions() {
    return List.copyOf(positions.values());
  }
}
