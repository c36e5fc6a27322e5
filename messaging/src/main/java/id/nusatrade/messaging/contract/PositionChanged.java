package id.nusatrade.messaging.contract;

import java.math.BigDecimal;

/**
 * {@code trade.position.changed} v1: a position after a fill (trading engine {@code
 * TradingEvents}); quantity signed (negative = short), exact decimals.
 *
 * @param averagePrice null once the position is flat
 */
public record PositionChanged(
    String accountId,
    String symbol,
    BigDecimal quantity,
    BigDecimal averagePrice,
    BigDecimal realisedPnl,
    BigDecimal commissions) {
  public PositionChanged {
    Checks.text(accountId, "accountId");
    Checks.text(symbol, "symbol");
    Checks.present(quantity, "quantity");
    Checks.present(realisedPnl, "realisedPnl");
    Checks.present(commissions, "commissions");
  }
}
