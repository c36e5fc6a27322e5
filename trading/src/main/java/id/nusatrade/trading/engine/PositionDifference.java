package id.nusatrade.trading.engine;

import java.math.BigDecimal;

/**
 * One symbol where the broker's positions snapshot and the engine's position differ, and how the
 * engine resolved it (the broker is the source of truth for fills).
 *
 * @param ours the engine's net quantity before (signed: long positive)
 * @param brokers the broker's net quantity (signed)
 * @param adjustmentOrderId the engine order that booked the difference (0 until applied)
 * @param price the price the difference was booked at
 */
public record PositionDifference(
    String symbol, BigDecimal ours, BigDecimal brokers, long adjustmentOrderId, BigDecimal price) {
  /** What the engine books: broker minus ours. */
  public BigDecimal adjustment() {
    return brokers.subtract(ours);
  }
}
