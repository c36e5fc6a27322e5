package id.nusatrade.domain.trading;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderIntentTest {
  static final AccountId A = new AccountId(new UUID(0, 1));
  static final ClientOrderId C = new ClientOrderId("c");

  OrderIntent intent(String qty, OrderType type, String limit, String stop) {
    return new OrderIntent(
        A,
        C,
        "EURUSD",
        Side.BUY,
        qty == null ? null : new BigDecimal(qty),
        type,
        limit == null ? null : new BigDecimal(limit),
        stop == null ? null : new BigDecimal(stop),
        null);
  }

  @Test
  void badInputNamesTheField() {
    assertThatThrownBy(() -> intent("0", OrderType.MARKET, null, null))
        .hasMessageContaining("quantity must be a positive number");
    assertThatThrownBy(() -> intent("1", OrderType.LIMIT, null, null))
        .hasMessageContaining("limitPrice (required for a LIMIT order)");
    assertThatThrownBy(() -> intent("1", OrderType.STOP, null, null))
        .hasMessageContaining("stopPrice (required for a STOP order)");
    assertThatThrownBy(() -> intent("1", OrderType.MARKET, "1.1", null))
        .hasMessageContaining("MARKET order takes no limitPrice");
  }

  @Test
  void clientOrderIdFitsTheWireField() {
    new ClientOrderId("a".repeat(31));
    assertThatThrownBy(() -> new ClientOrderId("a".repeat(32))).hasMessageContaining("1 to 31");
    assertThatThrownBy(() -> new ClientOrderId("a b")).hasMessageContaining("printable ASCII");
  }
}
