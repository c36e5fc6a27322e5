package id.nusatrade.trading.engine;

import id.nusatrade.domain.trading.Position;
import id.nusatrade.domain.trading.Protection;
import java.math.BigDecimal;

/**
 * A position as it was at one moment, with unrealised P&amp;L at {@code markPrice} (the bid for a
 * long, the ask for a short; null, and no unrealised P&amp;L, before the first quote).
 */
public record PositionView(
    String symbol,
    BigDecimal quantity,
    BigDecimal averagePrice,
    BigDecimal markPrice,
    BigDecimal unrealisedPnl,
    BigDecimal realisedPnl,
    BigDecimal commissions,
    BigDecimal swaps,
    Protection protection) {
  public static PositionView of(Position p, BigDecimal mark) {
    return new PositionView(
        p.symbol(),
        p.quantity(),
        p.averagePrice(),
        mark,
        mark == null ? null : p.unrealisedPnl(mark),
        p.realisedPnl(),
        p.commissions(),
        p.swaps(),
        p.stops().protection());
  }
}
