package id.nusatrade.trading.persistence;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.ExecutionKind;
import id.nusatrade.domain.trading.ExecutionReport;
import id.nusatrade.domain.trading.Order;
import id.nusatrade.domain.trading.Position;
import id.nusatrade.trading.engine.OrderView;
import id.nusatrade.trading.engine.PositionView;
import id.nusatrade.trading.engine.TradingListener;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Copies the engine's changes into PostgreSQL. The listener methods (engine thread) only take a
 * snapshot and enqueue it; {@link #drain} (another thread, on a schedule) writes what is queued,
 * the newest state per account, order and position, one transaction per tenant. A failed batch is
 * queued again and rewritten: rows are upserts and fills insert-or-ignore, so nothing doubles.
 */
public final class PostgresTradingStore implements TradingListener {
  private final TenantTransactions tx;
  private final Map<AccountId, TenantId> tenants = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<TradingRows.Row> queue = new ConcurrentLinkedQueue<>();

  public PostgresTradingStore(TenantTransactions tx) {
    this.tx = tx;
  }

  /** Accounts the engine already held at start (rebuilt from its journal). */
  public void known(List<Account> accounts) {
    accounts.forEach(this::accountChanged);
  }

  @Override
  public void accountChanged(Account a) {
    tenants.put(a.id(), a.tenant());
    queue.add(new TradingRows.AccountRow(a.id(), a.tenant(), a.mode(), a.tradingState()));
  }

  @Override
  public void orderChanged(Order order) {
    queue.add(new TradingRows.OrderRow(OrderView.of(order)));
  }

  @Override
  public void positionChanged(Position position) {
    queue.add(new TradingRows.PositionRow(position.account(), PositionView.of(position, null)));
  }

  @Override
  public void executionApplied(ExecutionReport report, Order order) {
    if (report.kind() == ExecutionKind.FILL) {
      queue.add(new TradingRows.FillRow(order.intent().account(), report));
    }
  }

  /** Writes everything queued; returns how many changes it took. */
  public synchronized int drain() {
    List<TradingRows.Row> batch = new ArrayList<>();
    for (TradingRows.Row r; (r = queue.poll()) != null; ) {
      batch.add(r);
    }
    Map<TenantId, Map<Object, TradingRows.Row>> byTenant = new LinkedHashMap<>();
    for (TradingRows.Row r : batch) {
      byTenant
          .computeIfAbsent(tenants.get(r.account()), t -> new LinkedHashMap<>())
          .put(r.key(), r);
    }
    try {
      for (Map.Entry<TenantId, Map<Object, TradingRows.Row>> e : byTenant.entrySet()) {
        tx.inTenant(e.getKey(), c -> write(c, e.getKey(), e.getValue().values()));
      }
    } catch (RuntimeException failure) {
      queue.addAll(batch);
      throw failure;
    }
    return batch.size();
  }

  private static void write(Connection c, TenantId tenant, Iterable<TradingRows.Row> rows)
      throws SQLException {
    // parents before children: accounts, orders, fills, positions
    for (Class<?> kind :
        List.of(
            TradingRows.AccountRow.class,
            TradingRows.OrderRow.class,
            TradingRows.FillRow.class,
            TradingRows.PositionRow.class)) {
      List<TradingRows.Row> ofKind = new ArrayList<>();
      rows.forEach(
          r -> {
            if (kind.isInstance(r)) {
              ofKind.add(r);
            }
          });
      TradingRows.write(c, tenant, ofKind);
    }
  }
}
