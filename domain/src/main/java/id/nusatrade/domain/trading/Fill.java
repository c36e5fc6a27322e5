package id.nusatrade.domain.trading;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One execution of (part of) an order as the venue reports it; commission is a cost (positive;
 * negative only for a broker's rebate), swap is signed as brokers report it (negative charged,
 * positive credited; zero unless the venue says).
 */
public record Fill(
    ExecutionId executionId,
    BigDecimal quantity,
    BigDecimal price,
    BigDecimal commission,
    BigDecimal swap,
    long timeMillis) {
  public Fill {
    Objects.requireNonNull(executionId, "executionId");
    TradingMath.positive(quantity, "fill quantity");
    TradingMath.positive(price, "fill price");
    commission = commission == null ? BigDecimal.ZERO : commission;
    swap = swap == null ? BigDecimal.ZERO : swap;
  }

  /** A fill without swap. */
  public Fill(
      ExecutionId executionId,
      BigDecimal quantity,
      BigDecimal price,
      BigDecimal commission,
      long timeMillis) {
    this(executionId, quantity, price, commission, BigDecimal.ZERO, timeMillis);
  }
}
