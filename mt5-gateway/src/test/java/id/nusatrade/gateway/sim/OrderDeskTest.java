package id.nusatrade.gateway.sim;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.gateway.protocol.ExecutionKind;
import id.nusatrade.gateway.protocol.ExecutionReport;
import id.nusatrade.gateway.protocol.OrderAction;
import id.nusatrade.gateway.protocol.OrderCommand;
import id.nusatrade.gateway.protocol.OrderType;
import id.nusatrade.gateway.protocol.Side;
import org.junit.jupiter.api.Test;

/** The simulated broker: market orders fill, LIMIT and STOP orders wait until withdrawn. */
class OrderDeskTest {
  final OrderDesk desk = new OrderDesk(SafetyLimits.none());

  static OrderCommand order(OrderAction action, OrderType type, String clientOrderId) {
    return new OrderCommand(
        1, action, Side.BUY, type, 20, 0, clientOrderId, "EURUSD", 0.5, 1.095, 0, 0);
  }

  @Test
  void aLimitOrderWaitsAndACancelWithdrawsItOnce() {
    desk.lastPrice("EURUSD", 1.1000, 1.1002);
    assertThat(desk.execute(order(OrderAction.PLACE, OrderType.LIMIT, "l-1")))
        .as("PLACED: only acknowledged")
        .isNull();
    assertThat(desk.pendingOrders()).containsExactly("l-1");
    assertThat(desk.positions()).isEmpty();

    ExecutionReport r = desk.execute(order(OrderAction.CANCEL, OrderType.LIMIT, "l-1"));
    assertThat(r.kind()).isEqualTo(ExecutionKind.CANCELLED);
    assertThat(r.clientOrderId()).isEqualTo("l-1");
    assertThat(r.retcode()).isEqualTo(OrderDesk.DONE);
    assertThat(r.volume()).isEqualTo(0.5);
    assertThat(desk.pendingOrders()).isEmpty();

    assertThat(desk.execute(order(OrderAction.CANCEL, OrderType.LIMIT, "l-1")))
        .as("the same CANCEL again")
        .isNull();
    assertThat(desk.duplicates()).isEqualTo(1);
  }

  @Test
  void fillsReportTheConfiguredCommissionAndASwapWhenTheyOffsetAPosition() {
    desk.lastPrice("EURUSD", 1.1000, 1.1002);
    desk.charge(new BrokerCosts(7.0, -1.5));
    ExecutionReport open = desk.execute(order(OrderAction.PLACE, OrderType.MARKET, "b-1"));
    // 0.5 lot × 7 = 3.5 charged: MT5 reports -3.5; opening: no swap
    assertThat(open.commission()).isEqualTo(-3.5);
    assertThat(open.swap()).isZero();
    OrderCommand sell =
        new OrderCommand(
            2,
            OrderAction.PLACE,
            Side.SELL,
            OrderType.MARKET,
            20,
            0,
            "s-1",
            "EURUSD",
            0.5,
            0,
            0,
            0);
    ExecutionReport offset = desk.execute(sell);
    // offsets the buy: swap -1.5 × 0.5 = -0.75
    assertThat(offset.commission()).isEqualTo(-3.5);
    assertThat(offset.swap()).isEqualTo(-0.75);
    assertThat(offset.price()).isEqualTo(1.1000);
  }

  @Test
  void aStopOrderWaitsLikeALimitOrder() {
    assertThat(desk.execute(order(OrderAction.PLACE, OrderType.STOP, "s-1"))).isNull();
    assertThat(desk.pendingOrders()).containsExactly("s-1");
  }

  @Test
  void aCancelForAFilledOrderIsRefusedAndChangesNothing() {
    desk.lastPrice("EURUSD", 1.1000, 1.1002);
    ExecutionReport fill = desk.execute(order(OrderAction.PLACE, OrderType.MARKET, "m-1"));
    assertThat(fill.kind()).isEqualTo(ExecutionKind.FILL);
    assertThat(fill.price()).isEqualTo(1.1002);

    ExecutionReport r = desk.execute(order(OrderAction.CANCEL, OrderType.MARKET, "m-1"));
    assertThat(r.kind()).isEqualTo(ExecutionKind.CANCEL_REJECTED);
    assertThat(r.retcode()).isEqualTo(OrderDesk.INVALID);
    assertThat(desk.positions()).hasSize(1);
  }
}
