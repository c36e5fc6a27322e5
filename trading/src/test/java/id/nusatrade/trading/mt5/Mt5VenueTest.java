package id.nusatrade.trading.mt5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.OrderType;
import id.nusatrade.domain.trading.PreTradeVerdict;
import id.nusatrade.domain.trading.Protection;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.domain.trading.TradingState;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.Mt5OrderRequested;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.trading.engine.TradingEngine;
import id.nusatrade.trading.engine.TradingListener;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Mt5VenueTest {
  @TempDir Path dir;

  final List<EventEnvelope> sent = new CopyOnWriteArrayList<>();
  final EventPublisher bus =
      new EventPublisher() {
        @Override
        public void publish(EventEnvelope event) {
          sent.add(event);
        }

        @Override
        public void publishBatch(List<EventEnvelope> events) {
          sent.addAll(events);
        }
      };

  TradingEngine engine() {
    TradingEngine e =
        new TradingEngine(
            dir,
            r -> PreTradeVerdict.allow("test"),
            Mt5ExecutionConsumerTest.CLOCK,
            TradingListener.NONE);
    e.openAccount(
        new Account(
            Mt5ExecutionConsumerTest.ACCOUNT,
            Mt5ExecutionConsumerTest.TENANT,
            AccountMode.LIVE,
            TradingState.ACTIVE));
    return e;
  }

  @Test
  void aLimitOrderBecomesOneCommandWithExactDecimalsAndAStableEventId() {
    TradingEngine e = engine();
    try (Mt5Venue venue =
        new Mt5Venue((t, a) -> OptionalLong.of(5002), e, bus, Mt5ExecutionConsumerTest.CLOCK)) {
      e.connect(AccountMode.LIVE, venue);
      e.submit(
          new OrderIntent(
              Mt5ExecutionConsumerTest.ACCOUNT,
              new ClientOrderId("lim-1"),
              "XAUUSD",
              Side.SELL,
              new BigDecimal("0.15"),
              OrderType.LIMIT,
              new BigDecimal("2650.55"),
              null,
              Protection.NONE));
      until(() -> venue.published() == 1);
    }
    Mt5OrderRequested p =
        new PayloadCodec().decode(EventContracts.MT5_ORDER_REQUESTED, sent.getFirst());
    assertThat(sent.getFirst().type()).isEqualTo("mt5.order.requested");
    assertThat(p.account()).isEqualTo(5002);
    assertThat(p.clientOrderId()).isEqualTo("lim-1");
    assertThat(p.action()).isEqualTo("PLACE");
    assertThat(p.side()).isEqualTo("SELL");
    assertThat(p.type()).isEqualTo("LIMIT");
    assertThat(p.volume()).isEqualByComparingTo("0.15");
    assertThat(p.price()).isEqualByComparingTo("2650.55");
    assertThat(p.stopLoss()).isZero(); // stops stay with the engine
    assertThat(sent.getFirst().id())
        .isEqualTo(
            Mt5Venue.eventId(
                Mt5ExecutionConsumerTest.TENANT, Mt5ExecutionConsumerTest.ACCOUNT, "lim-1"));

    e.close();
    // restarted, the engine places its working order again: the same event, id included
    TradingEngine again = engine();
    try (Mt5Venue venue =
        new Mt5Venue((t, a) -> OptionalLong.of(5002), again, bus, Mt5ExecutionConsumerTest.CLOCK)) {
      again.connect(AccountMode.LIVE, venue);
      until(() -> venue.published() == 1);
    }
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1)).isEqualTo(sent.getFirst());
    again.close();
  }

  @Test
  void anAccountWithoutAnMt5LoginIsRejectedAtOnceAndACancelIsRefused() {
    TradingEngine e = engine();
    try (Mt5Venue venue =
        new Mt5Venue((t, a) -> OptionalLong.empty(), e, bus, Mt5ExecutionConsumerTest.CLOCK)) {
      e.connect(AccountMode.LIVE, venue);
      var order =
          e.submit(
                  OrderIntent.market(
                      Mt5ExecutionConsumerTest.ACCOUNT,
                      new ClientOrderId("m-1"),
                      "EURUSD",
                      Side.BUY,
                      BigDecimal.ONE))
              .order();
      assertThat(order.state()).isEqualTo(OrderState.REJECTED);
      assertThat(order.reasons().getFirst()).contains("has no MT5 login");
      assertThatThrownBy(() -> venue.cancel(Mt5ExecutionConsumerTest.TENANT, order))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("has no MT5 login");
    }
    assertThat(sent).isEmpty();
    e.close();
  }

  static void until(java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out");
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
    }
  }
}
