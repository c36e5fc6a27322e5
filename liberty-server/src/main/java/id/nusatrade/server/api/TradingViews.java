package id.nusatrade.server.api;

import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.trading.engine.OrderView;
import id.nusatrade.trading.engine.PositionView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** How accounts, orders and positions look in the API. */
final class TradingViews {
  private TradingViews() {}

  public record AccountJson(String id, String mode, String tradingState) {
    static AccountJson of(Account a) {
      return new AccountJson(a.id().toString(), a.mode().name(), a.tradingState().name());
    }
  }

  public record OrderJson(
      long id,
      String accountId,
      String clientOrderId,
      String symbol,
      String side,
      String type,
      BigDecimal quantity,
      BigDecimal limitPrice,
      BigDecimal stopPrice,
      BigDecimal stopLoss,
      BigDecimal takeProfit,
      BigDecimal trailingStop,
      String state,
      BigDecimal filledQuantity,
      BigDecimal averagePrice,
      List<String> reasons,
      String exitReason,
      String createdAt) {
    static OrderJson of(OrderView o) {
      OrderIntent i = o.intent();
      return new OrderJson(
          o.id(),
          i.account().toString(),
          i.clientOrderId().value(),
          i.symbol(),
          i.side().name(),
          i.type().name(),
          i.quantity(),
          i.limitPrice(),
          i.stopPrice(),
          i.protection().stopLoss(),
          i.protection().takeProfit(),
          i.protection().trailingDistance(),
          o.state().name(),
          o.filledQuantity(),
          o.averagePrice(),
          o.reasons(),
          o.exitReason() == null ? null : o.exitReason().name(),
          Instant.ofEpochMilli(o.createdAtMillis()).toString());
    }
  }

  /** 422: the rules or the kill switch refused; the order (REJECTED) and the reasons. */
  public record RejectedJson(
      String type, String title, int status, String detail, List<String> reasons, OrderJson order) {
    static RejectedJson of(OrderJson order) {
      return new RejectedJson(
          "about:blank",
          "Unprocessable Content",
          422,
          "order " + order.clientOrderId() + " was rejected: " + String.join("; ", order.reasons()),
          order.reasons(),
          order);
    }
  }

  public record PositionJson(
      String accountId,
      String symbol,
      BigDecimal quantity,
      BigDecimal averagePrice,
      BigDecimal markPrice,
      BigDecimal unrealisedPnl,
      BigDecimal realisedPnl,
      BigDecimal commissions,
      BigDecimal swaps,
      BigDecimal stopLoss,
      BigDecimal takeProfit,
      BigDecimal trailingStop) {
    static PositionJson of(Account a, PositionView p) {
      return new PositionJson(
          a.id().toString(),
          p.symbol(),
          p.quantity(),
          p.averagePrice(),
          p.markPrice(),
          p.unrealisedPnl(),
          p.realisedPnl(),
          p.commissions(),
          p.swaps(),
          p.protection().stopLoss(),
          p.protection().takeProfit(),
          p.protection().trailingDistance());
    }
  }
}
