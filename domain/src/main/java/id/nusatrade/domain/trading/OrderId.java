package id.nusatrade.domain.trading;

/**
 * The engine's number for an order: positive, unique within one engine's journal (it continues
 * after the highest number the journal holds on restart). Callers name orders by {@link
 * ClientOrderId}; this id orders them.
 */
public record OrderId(long value) {
  public OrderId {
    if (value <= 0) {
      throw new IllegalArgumentException("order id must be positive, was " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
