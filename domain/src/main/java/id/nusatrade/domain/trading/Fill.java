package id.nusatrade.domain.trading;

import java.math.BigDecimal;
import java.util.Objects;

/** One execution of (part of) an order as the venue reports it; commission is a cost (≥ 0). */
public record Fill(
    ExecutionId executionId,
    BigDecimal quantity,
    BigDecimal price,
    BigDecimal commission,
    long timeMillis) {
  public Fill {
    Objects.requireNonNull(executionId, "executionId");
    TradingMath.positive(quantity, "fill quantity");
    TradingMath.positive(price, "fill price");
    commission = commission == null ? BigDecimal.ZERO : commission;
    if (commission.signum() < 0) {
      throw new IllegalArgumentException("commission must not be negative, was " + commission);
    }
  }
}
