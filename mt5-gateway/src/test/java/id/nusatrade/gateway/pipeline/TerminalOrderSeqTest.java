package id.nusatrade.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.protocol.OrderAction;
import id.nusatrade.gateway.protocol.OrderCommand;
import id.nusatrade.gateway.protocol.OrderType;
import id.nusatrade.gateway.protocol.Side;
import id.nusatrade.gateway.terminal.TerminalKey;
import org.junit.jupiter.api.Test;

/**
 * ORDER numbering against the count the EA states in HELLO (see OrdersAfterAGatewayRestartTest).
 */
class TerminalOrderSeqTest {
  final Terminal t =
      new Terminal(0, new TerminalKey(TenantId.of("8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b"), 1), 0);

  @Test
  void ordersQueuedAfterARestartAreNumberedOnFromTheEasCount() {
    queue("b-1");
    queue("b-2"); // numbered 1 and 2 by a gateway that has just started
    t.continueOrderSeqFrom(7); // the EA executed up to 7 from the previous run
    assertThat(t.pendingOrders()).extracting(OrderCommand::seq).containsExactly(8L, 9L);
    assertThat(t.pendingOrders())
        .extracting(OrderCommand::clientOrderId)
        .containsExactly("b-1", "b-2");
    assertThat(t.nextOrderSeq()).isEqualTo(10);
  }

  @Test
  void aReconnectToTheSameRunKeepsTheNumbers() {
    queue("a-1");
    queue("a-2");
    queue("a-3");
    t.continueOrderSeqFrom(1); // the EA got a-1; a-2 and a-3 are resent under their numbers
    assertThat(t.pendingOrders()).extracting(OrderCommand::seq).containsExactly(1L, 2L, 3L);
    t.continueOrderSeqFrom(0); // a restarted EA (its count starts at 0): nothing renumbered
    assertThat(t.nextOrderSeq()).isEqualTo(4);
  }

  private void queue(String id) {
    t.pendingOrders()
        .addLast(
            new OrderCommand(
                t.nextOrderSeq(),
                OrderAction.PLACE,
                Side.BUY,
                OrderType.MARKET,
                10,
                0,
                id,
                "EURUSD",
                1,
                0,
                0,
                0));
  }
}
