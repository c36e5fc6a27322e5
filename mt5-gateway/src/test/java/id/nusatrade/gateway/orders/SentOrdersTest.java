package id.nusatrade.gateway.orders;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.protocol.OrderAction;
import id.nusatrade.gateway.protocol.OrderCommand;
import id.nusatrade.gateway.protocol.OrderType;
import id.nusatrade.gateway.protocol.Side;
import id.nusatrade.gateway.terminal.TerminalKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentOrdersTest {
  static final TerminalKey A =
      new TerminalKey(TenantId.of("0c9a4f7e-2b1d-4e3a-9f6c-5d8e7a6b4c21"), 7001);
  static final TerminalKey B = new TerminalKey(A.tenant(), 7002);

  @TempDir Path dir;

  static OrderCommand order(String clientOrderId, double lots) {
    return new OrderCommand(
        99,
        OrderAction.PLACE,
        Side.SELL,
        OrderType.LIMIT,
        20,
        0,
        clientOrderId,
        "EURUSD",
        lots,
        1.10125,
        0,
        0);
  }

  @Test
  void ordersAreNumberedPerTerminalAndAClientOrderIdIsSentOnce() {
    try (SentOrders log = SentOrders.open(dir)) {
      assertThat(log.record(A, order("a-1", 0.1)).seq()).isEqualTo(1);
      assertThat(log.record(A, order("a-2", 0.2)).seq()).isEqualTo(2);
      assertThat(log.record(B, order("a-1", 0.1)).seq()).as("another terminal").isEqualTo(1);
      assertThat(log.record(A, order("a-1", 0.1))).isNull();
      assertThat(log.duplicates()).isEqualTo(1);
    }
  }

  static OrderCommand cancel(String clientOrderId) {
    OrderCommand o = order(clientOrderId, 0.1);
    return new OrderCommand(
        99,
        OrderAction.CANCEL,
        o.side(),
        o.type(),
        o.deviationPoints(),
        0,
        clientOrderId,
        o.symbol(),
        o.volume(),
        o.price(),
        0,
        0);
  }

  @Test
  void aCancelOfASentOrderIsSentOnceAndAfterARestartStillOnlyOnce() {
    try (SentOrders log = SentOrders.open(dir)) {
      log.record(A, order("a-1", 0.1));
      OrderCommand c = log.record(A, cancel("a-1"));
      assertThat(c).as("not a duplicate of the placement").isNotNull();
      assertThat(c.seq()).isEqualTo(2);
      assertThat(c.action()).isEqualTo(OrderAction.CANCEL);
      assertThat(log.record(A, cancel("a-1"))).isNull();
    }
    try (SentOrders log = SentOrders.open(dir)) {
      assertThat(log.unacked().get(A))
          .extracting(OrderCommand::action)
          .containsExactly(OrderAction.PLACE, OrderAction.CANCEL);
      assertThat(log.record(A, cancel("a-1"))).isNull();
      assertThat(log.record(A, order("a-1", 0.1))).isNull();
    }
  }

  @Test
  void aRestartKeepsTheSequenceTheSentIdsAndOnlyTheUnacknowledgedOrders() {
    try (SentOrders log = SentOrders.open(dir)) {
      log.record(A, order("a-1", 0.1));
      log.record(A, order("a-2", 0.25));
      log.record(A, order("a-3", 0.3));
      log.acked(A, 1);
    }
    try (SentOrders log = SentOrders.open(dir)) {
      assertThat(log.lastSeq(A)).isEqualTo(3);
      assertThat(log.unacked().get(A))
          .extracting(OrderCommand::clientOrderId)
          .containsExactly("a-2", "a-3");
      OrderCommand back = log.unacked().get(A).getFirst();
      assertThat(back.seq()).isEqualTo(2);
      assertThat(back.volume()).isEqualTo(0.25);
      assertThat(back.price()).isEqualTo(1.10125);
      assertThat(back.type()).isEqualTo(OrderType.LIMIT);
      assertThat(back.side()).isEqualTo(Side.SELL);
      assertThat(log.record(A, order("a-1", 0.1))).as("acknowledged, still known").isNull();
      assertThat(log.record(A, order("a-4", 0.1)).seq()).isEqualTo(4);
    }
  }

  @Test
  void aTornLastLineIsDroppedAndTheLogGoesOnAfterIt() throws Exception {
    try (SentOrders log = SentOrders.open(dir)) {
      log.record(A, order("a-1", 0.1));
    }
    Files.writeString(
        dir.resolve(SentOrders.FILE),
        "O " + A.tenant() + " 7001 2 PLACE BUY MAR",
        StandardCharsets.US_ASCII,
        StandardOpenOption.APPEND);
    try (SentOrders log = SentOrders.open(dir)) {
      assertThat(log.lastSeq(A)).isEqualTo(1);
      assertThat(log.record(A, order("a-2", 0.1)).seq()).isEqualTo(2);
    }
    try (SentOrders log = SentOrders.open(dir)) {
      assertThat(log.unacked().get(A))
          .extracting(OrderCommand::clientOrderId)
          .containsExactly("a-1", "a-2");
    }
  }
}
