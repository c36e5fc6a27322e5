package id.nusatrade.trading.engine;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.ExecutionId;
import id.nusatrade.domain.trading.ExecutionReport;
import id.nusatrade.domain.trading.Fill;
import id.nusatrade.domain.trading.Order;
import id.nusatrade.domain.trading.OrderBook;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.Position;
import id.nusatrade.domain.trading.Positions;
import id.nusatrade.trading.journal.AccountRecord;
import id.nusatrade.trading.journal.ExecutionRecord;
import id.nusatrade.trading.journal.OrderRecord;
import id.nusatrade.trading.journal.StateRecord;
import id.nusatrade.trading.market.TenantSymbolMap;
import id.nusatrade.trading.pnl.QuoteCurrency;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engine's state and the only code that changes it: one {@code apply} per journal record, used
 * alike for live changes (after the record is journaled) and for replay after a restart, so both
 * reach the same state. {@link #problem} says beforehand whether a venue report can apply.
 */
final class EngineState {
  final Map<AccountId, Account> accounts = new HashMap<>();
  final OrderBook book = new OrderBook();
  final Positions positions = new Positions();
  final Set<ExecutionId> applied = new HashSet<>();

  /** Positions per tenant and symbol: the ones a quote of that tenant's feed may stop out. */
  private final TenantSymbolMap<List<Position>> byFeed = new TenantSymbolMap<>();

  final DailyLedger daily = new DailyLedger();
  final LossStreaks losses = new LossStreaks();
  long lastOrderId;

  /**
   * Orders each account has sent to the LIVE venue: a person's or a strategy's, not the engine's
   * exits or reconciliation bookings. Zero makes the next one the account's first live trade.
   */
  private final Map<AccountId, Long> liveTrades = new HashMap<>();

  long liveTrades(AccountId account) {
    return liveTrades.getOrDefault(account, 0L);
  }

  private void countLive(Order o) {
    AccountId account = o.intent().account();
    if (o.exitReason() == null
        && !o.intent().clientOrderId().value().startsWith(TradingEngine.RESERVED_PREFIX)
        && accounts.get(account).mode() == AccountMode.LIVE) {
      liveTrades.merge(account, 1L, Long::sum);
    }
  }

  /** The P&amp;L currency of a symbol; {@code ?} when unknown (it then has no IDR rate). */
  static String currency(String symbol) {
    String c = QuoteCurrency.of(symbol);
    return c == null ? "?" : c;
  }

  Account apply(AccountRecord r) {
    Account a = accounts.get(r.id());
    if (a == null) {
      a = new Account(r.id(), r.tenant(), r.mode(), r.state());
      accounts.put(r.id(), a);
    } else {
      a.mode(r.mode());
      a.tradingState(r.state());
    }
    return a;
  }

  Order apply(OrderRecord r) {
    Order o = new Order(r.id(), r.intent(), r.createdAtMillis(), r.exitReason());
    switch (r.state()) {
      case SENT -> {
        o.send();
        countLive(o);
      }
      case REJECTED -> o.reject(r.reasons());
      case PENDING_APPROVAL -> o.awaitApproval(r.reasons());
      default -> throw new IllegalStateException("a new order cannot start " + r.state());
    }
    book.add(o);
    lastOrderId = Math.max(lastOrderId, r.id().value());
    if (r.exitReason() != null) {
      position(o).unprotect(); // the exit is on its way: do not fire it again
    }
    return o;
  }

  Order apply(StateRecord r) {
    Order o = book.get(r.id());
    switch (r.state()) {
      case SENT -> {
        o.send();
        countLive(o);
      }
      case REJECTED -> o.reject(r.reasons());
      case CANCELLED -> o.cancel();
      case EXPIRED -> o.expire(r.reasons());
      default -> throw new IllegalStateException("the engine cannot move an order to " + r.state());
    }
    return o;
  }

  /** Applies a venue report; returns the position a fill changed, or null. */
  Position apply(ExecutionRecord rec) {
    ExecutionReport r = rec.report();
    applied.add(r.id());
    Order o = book.get(r.orderId());
    switch (r.kind()) {
      case ACCEPTED -> o.accept();
      case REJECTED -> o.reject(List.of(r.reason() == null ? "rejected by the venue" : r.reason()));
      case CANCELLED -> o.cancel();
      case EXPIRED -> o.expire();
      case FILL -> {
        Fill fill = r.toFill();
        o.fill(fill);
        Position p = position(o);
        BigDecimal realisedBefore = p.realisedPnl();
        BigDecimal heldBefore = p.quantity();
        BigDecimal netBefore = p.netRealisedPnl();
        p.apply(o.intent().side(), fill);
        losses.filled(p, heldBefore, netBefore, r.timeMillis());
        daily.add(
            o.intent().account(),
            r.timeMillis(),
            currency(o.intent().symbol()),
            p.realisedPnl().subtract(realisedBefore).add(fill.swap()), // swap is realised P&L
            fill.commission());
        boolean opensOrAdds = p.quantity().signum() == o.intent().side().sign();
        if (o.exitReason() == null && opensOrAdds && !o.intent().protection().isNone()) {
          p.protect(o.intent().protection());
        }
        return p;
      }
    }
    return null;
  }

  /** Null when the report can apply; otherwise why not (nothing is changed). */
  String problem(ExecutionReport r) {
    Order o = book.get(r.orderId());
    if (o == null) {
      return "unknown order " + r.orderId();
    }
    OrderState target =
        switch (r.kind()) {
          case ACCEPTED -> OrderState.ACCEPTED;
          case REJECTED -> OrderState.REJECTED;
          case CANCELLED -> OrderState.CANCELLED;
          case EXPIRED -> OrderState.EXPIRED;
          case FILL ->
              r.quantity().compareTo(o.remainingQuantity()) < 0
                  ? OrderState.PARTIALLY_FILLED
                  : OrderState.FILLED;
        };
    if (!o.state().canMoveTo(target)) {
      return "order "
          + o.intent().clientOrderId()
          + " cannot go from "
          + o.state()
          + " to "
          + target;
    }
    if (r.kind() == id.nusatrade.domain.trading.ExecutionKind.FILL
        && r.quantity().compareTo(o.remainingQuantity()) > 0) {
      return "fill of " + r.quantity() + " exceeds the " + o.remainingQuantity() + " remaining";
    }
    return null;
  }

  /** The positions a quote of this tenant's feed for this symbol applies to (may be empty). */
  List<Position> positionsOf(TenantId tenant, String symbol) {
    List<Position> p = byFeed.get(tenant, symbol);
    return p == null ? List.of() : p;
  }

  Position position(Order o) {
    AccountId account = o.intent().account();
    String symbol = o.intent().symbol();
    Position p = positions.of(account, symbol);
    List<Position> inSymbol =
        byFeed.computeIfAbsent(accounts.get(account).tenant(), symbol, ArrayList::new);
    if (!inSymbol.contains(p)) {
      inSymbol.add(p);
    }
    return p;
  }
}
