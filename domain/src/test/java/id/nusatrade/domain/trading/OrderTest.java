package id.nusatrade.domain.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderTest {
  static final AccountId ACCOUNT = new AccountId(new UUID(0, 1));

  static OrderIntent buy(String qty) {
    return OrderIntent.market(
        ACCOUNT, new ClientOrderId("c-1"), "EURUSD", Side.BUY, new BigDecimal(qty));
  }

  static Fill fill(String id, String qty, String price) {
    return new Fill(
        new ExecutionId(id), new BigDecimal(qty), new BigDecimal(price), BigDecimal.ZERO, 0);
  }

  @Test
  void partialFillsAverageThePriceAndFinishFilled() {
    Order o = new Order(new OrderId(1), buy("3"), 0);
    o.send();
    o.accept();
    o.fill(fill("e1", "1", "1.10000"));
    assertThat(o.state()).isEqualTo(OrderState.PARTIALLY_FILLED);
    o.fill(fill("e2", "2", "1.10030"));
    assertThat(o.state()).isEqualTo(OrderState.FILLED);
    // (1 × 1.10000 + 2 × 1.10030) / 3 = 3.30060 / 3 = 1.10020
    assertThat(o.averagePrice()).isEqualByComparingTo("1.10020");
    assertThat(o.remainingQuantity()).isEqualByComparingTo("0");
  }

  @Test
  void aMarketOrderMayFillStraightFromSent() {
    Order o = new Order(new OrderId(1), buy("1"), 0);
    o.send();
    o.fill(fill("e1", "1", "2"));
    assertThat(o.state()).isEqualTo(OrderState.FILLED);
  }

  @Test
  void overfillIsRefusedAndChangesNothing() {
    Order o = new Order(new OrderId(1), buy("1"), 0);
    o.send();
    assertThatThrownBy(() -> o.fill(fill("e1", "1.5", "2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overfills");
    assertThat(o.state()).isEqualTo(OrderState.SENT);
    assertThat(o.filledQuantity()).isEqualByComparingTo("0");
  }

  @Test
  void aFillAfterACancelIsAnIllegalTransition() {
    Order o = new Order(new OrderId(1), buy("1"), 0);
    o.send();
    o.cancel();
    assertThatThrownBy(() -> o.fill(fill("e1", "1", "2")))
        .isInstanceOf(IllegalOrderTransitionException.class)
        .hasMessage("order c-1 cannot go from CANCELLED to FILLED");
  }

  @Test
  void rejectKeepsTheReasons() {
    Order o = new Order(new OrderId(1), buy("1"), 0);
    o.reject(List.of("max position exceeded"));
    assertThat(o.state()).isEqualTo(OrderState.REJECTED);
    assertThat(o.reasons()).containsExactly("max position exceeded");
    assertThatThrownBy(o::send).isInstanceOf(IllegalOrderTransitionException.class);
  }

  @Test
  void approvalWaitsThenSends() {
    Order o = new Order(new OrderId(1), buy("1"), 0);
    o.awaitApproval(List.of("first live trade"));
    assertThat(o.state()).isEqualTo(OrderState.PENDING_APPROVAL);
    o.send();
    assertThat(o.state()).isEqualTo(OrderState.SENT);
  }
}
