package id.nusatrade.trading.persistence;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.ExecutionReport;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.TradingState;
import id.nusatrade.trading.engine.OrderView;
import id.nusatrade.trading.engine.PositionView;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

/** The rows of the trading tables and their batched upserts. */
final class TradingRows {
  private TradingRows() {}

  /** One change to write; {@link #key} names the row, so a later change of it wins. */
  sealed interface Row permits AccountRow, OrderRow, FillRow, PositionRow {
    AccountId account();

    Object key();
  }

  record AccountRow(AccountId account, TenantId tenant, AccountMode mode, TradingState state)
      implements Row {
    public Object key() {
      return account;
    }
  }

  record OrderRow(OrderView order) implements Row {
    public AccountId account() {
      return order.intent().account();
    }

    public Object key() {
      return List.of("order", account(), order.id());
    }
  }

  record FillRow(AccountId account, ExecutionReport report) implements Row {
    public Object key() {
      return List.of("fill", account, report.id());
    }
  }

  record PositionRow(AccountId account, PositionView position) implements Row {
    public Object key() {
      return List.of("position", account, position.symbol());
    }
  }

  private static final String ACCOUNT =
      "insert into trading_account (id, tenant_id, mode, trading_state) values (?, ?, ?, ?)"
          + " on conflict (id) do update set mode = excluded.mode,"
          + " trading_state = excluded.trading_state, updated_at = now()";
  private static final String ORDER =
      "insert into trading_order (tenant_id, account_id, order_id, client_order_id, symbol, side,"
          + " type, quantity, limit_price, stop_price, stop_loss, take_profit, trailing_distance,"
          + " exit_reason, state, filled_quantity, average_price, reasons, created_at)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " on conflict (account_id, order_id) do update set state = excluded.state,"
          + " filled_quantity = excluded.filled_quantity, average_price = excluded.average_price,"
          + " reasons = excluded.reasons, updated_at = now()";
  private static final String FILL =
      "insert into trading_fill (tenant_id, account_id, execution_id, order_id, quantity, price,"
          + " commission, executed_at) values (?, ?, ?, ?, ?, ?, ?, ?)"
          + " on conflict (account_id, execution_id) do nothing";
  private static final String POSITION =
      "insert into trading_position (tenant_id, account_id, symbol, quantity, average_price,"
          + " realised_pnl, commissions) values (?, ?, ?, ?, ?, ?, ?)"
          + " on conflict (account_id, symbol) do update set quantity = excluded.quantity,"
          + " average_price = excluded.average_price, realised_pnl = excluded.realised_pnl,"
          + " commissions = excluded.commissions, updated_at = now()";

  static void write(Connection c, TenantId tenant, List<Row> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    String sql =
        switch (rows.getFirst()) {
          case AccountRow a -> ACCOUNT;
          case OrderRow o -> ORDER;
          case FillRow f -> FILL;
          case PositionRow p -> POSITION;
        };
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (Row row : rows) {
        bind(s, tenant, row);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void bind(PreparedStatement s, TenantId tenant, Row row) throws SQLException {
    switch (row) {
      case AccountRow a -> {
        s.setObject(1, a.account().value());
        s.setObject(2, a.tenant().value());
        s.setString(3, a.mode().name());
        s.setString(4, a.state().name());
      }
      case OrderRow r -> {
        OrderView o = r.order();
        OrderIntent i = o.intent();
        s.setObject(1, tenant.value());
        s.setObject(2, i.account().value());
        s.setLong(3, o.id());
        s.setString(4, i.clientOrderId().value());
        s.setString(5, i.symbol());
        s.setString(6, i.side().name());
        s.setString(7, i.type().name());
        s.setBigDecimal(8, i.quantity());
        s.setBigDecimal(9, i.limitPrice());
        s.setBigDecimal(10, i.stopPrice());
        s.setBigDecimal(11, i.protection().stopLoss());
        s.setBigDecimal(12, i.protection().takeProfit());
        s.setBigDecimal(13, i.protection().trailingDistance());
        s.setString(14, o.exitReason() == null ? null : o.exitReason().name());
        s.setString(15, o.state().name());
        s.setBigDecimal(16, o.filledQuantity());
        s.setBigDecimal(17, o.averagePrice());
        s.setArray(18, s.getConnection().createArrayOf("text", o.reasons().toArray()));
        s.setTimestamp(19, new Timestamp(o.createdAtMillis()));
      }
      case FillRow f -> {
        ExecutionReport r = f.report();
        s.setObject(1, tenant.value());
        s.setObject(2, f.account().value());
        s.setString(3, r.id().value());
        s.setLong(4, r.orderId().value());
        s.setBigDecimal(5, r.quantity());
        s.setBigDecimal(6, r.price());
        s.setBigDecimal(7, r.commission() == null ? java.math.BigDecimal.ZERO : r.commission());
        s.setTimestamp(8, new Timestamp(r.timeMillis()));
      }
      case PositionRow p -> {
        PositionView v = p.position();
        s.setObject(1, tenant.value());
        s.setObject(2, p.account().value());
        s.setString(3, v.symbol());
        s.setBigDecimal(4, v.quantity());
        s.setBigDecimal(5, v.averagePrice());
        s.setBigDecimal(6, v.realisedPnl());
        s.setBigDecimal(7, v.commissions());
      }
    }
  }
}
