package id.nusatrade.domain.trading;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A venue's report about one order. Quantity, price, commission and swap (signed, see {@link Fill})
 * are set for a FILL only; {@code reason} for REJECTED (the venue's words or return code). The
 * execution id makes it idempotent: the engine applies a given id once, whatever is re-delivered or
 * replayed.
 */
public record ExecutionReport(
    ExecutionId id,
    OrderId orderId,
    ExecutionKind kind,
    BigDecimal quantity,
    BigDecimal price,
    BigDecimal commission,
    BigDecimal swap,
    long timeMillis,
    String reason) {
  public ExecutionReport {
    Objects.requireNonNull(id, "execution id");
    Objects.requireNonNull(orderId, "order id");
    Objects.requireNonNull(kind, "kind");
    if (kind == ExecutionKind.FILL) {
      TradingMath.positive(quantity, "fill quantity");
      TradingMath.positive(price, "fill price");
    }
  }

  public static ExecutionReport fill(
      ExecutionId id,
      OrderId orderId,
      BigDecimal quantity,
      BigDecimal price,
      BigDecimal commission,
      long timeMillis) {
    return fill(id, orderId, quantity, price, commission, null, timeMillis);
  }

  /** A fill with the venue's swap (signed: negative charged). */
  public static ExecutionReport fill(
      ExecutionId id,
      OrderId orderId,
      BigDecimal quantity,
      BigDecimal price,
      BigDecimal commission,
      BigDecimal swap,
      long timeMillis) {
    return new ExecutionReport(
        id, orderId, ExecutionKind.FILL, quantity, price, commission, swap, timeMillis, null);
  }

  public static ExecutionReport of(
      ExecutionId id, OrderId orderId, ExecutionKind kind, long timeMillis, String reason) {
    return new ExecutionReport(id, orderId, kind, null, null, null, null, timeMillis, reason);
  }

  /** The fill this report carries (FILL only). */
  public Fill toFill() {
    return new Fill(id, quantity, price, commission, swap, timeMillis);
  }
}
