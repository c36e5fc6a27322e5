package id.nusatrade.trading.mt5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.Order;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.PreTradeVerdict;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.domain.trading.Venue;
import id.nusatrade.messaging.PoisonEventException;
import id.nusatrade.trading.engine.TradingEngine;
import id.nusatrade.trading.engine.TradingListener;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Mt5ExecutionConsumerTest {
  static final TenantId TENANT = TenantId.of("1b2c3d4e-5f60-4a71-8b92-a3b4c5d6e7f8");
  static final AccountId ACCOUNT = new AccountId(new UUID(7, 7));
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);
  static final Mt5Accounts ONE_TERMINAL =
      (tenant, login) ->
          tenant.equals(TENANT) && login == 5002 ? Optional.of(ACCOUNT) : Optional.empty();

  @TempDir Path dir;

  TradingEngine engine() {
    TradingEngine e =
        new TradingEngine(dir, r -> PreTradeVerdict.allow("test"), CLOCK, TradingListener.NONE);
    if (e.accounts().isEmpty()) {
      e.openAccount(Account.open(ACCOUNT, TENANT));
    }
    e.connect(AccountMode.PAPER, new NoFills());
    return e;
  }

  /** A venue that takes orders and reports nothing itself: the reports come from the bus. */
  static final class NoFills implements Venue {
    @Override
    public void place(TenantId tenant, Order order) {}

    @Override
    public void cancel(TenantId tenant, Order order) {}
  }

  /** The event as the gateway publishes it (ExecutionEvents.reported): a fill of 1.5 at 1.1002. */
  static EventEnvelope filled(String kind, long seq) {
    String payload =
        """
        {"executionId":"mt5:%s:5002:%d","account":5002,"seq":%d,"kind":"%s",\
        "clientOrderId":"x-1","symbol":"EURUSD","side":"BUY","volume":1.5,"price":1.1002,\
        "ticket":900001,"retcode":10009,"time":1764748800000,"positions":0}"""
            .formatted(TENANT, seq, seq, kind);
    return new EventEnvelope(
        UUID.nameUUIDFromBytes(("mt5:" + TENANT + ":5002:" + seq).getBytes()),
        TENANT,
        Mt5ExecutionConsumer.TYPE,
        Instant.ofEpochMilli(1_764_748_800_000L),
        1,
        payload);
  }

  @Test
  void theSameReportDeliveredTwiceFillsOnceAndIsOnDiskBeforeTheDeliveryIsCommitted()
      throws Exception {
    TradingEngine e = engine();
    Order o =
        e.submit(
                OrderIntent.market(
                    ACCOUNT, new ClientOrderId("x-1"), "EURUSD", Side.BUY, new BigDecimal("1.5")))
            .order();
    Mt5ExecutionConsumer consumer = new Mt5ExecutionConsumer(e, ONE_TERMINAL);

    consumer.handle(filled("FILL", 42));
    consumer.handle(
        filled("FILL", 42)); // the broker redelivers (no commit seen) or the gateway resends

    assertThat(o.state()).isEqualTo(OrderState.FILLED);
    assertThat(o.filledQuantity()).isEqualByComparingTo("1.5");
    assertThat(o.averagePrice()).isEqualByComparingTo("1.1002");
    assertThat(e.positions(ACCOUNT))
        .singleElement()
        .satisfies(p -> assertThat(p.quantity()).isEqualByComparingTo("1.5"));
    assertThat(e.duplicates()).isEqualTo(1);

    // handle() returned, so the fill is on disk: an engine rebuilt from the journal has it
    e.close();
    TradingEngine rebuilt = engine();
    assertThat(rebuilt.find(ACCOUNT, new ClientOrderId("x-1")).state())
        .isEqualTo(OrderState.FILLED);
    new Mt5ExecutionConsumer(rebuilt, ONE_TERMINAL).handle(filled("FILL", 42));
    assertThat(rebuilt.find(ACCOUNT, new ClientOrderId("x-1")).filledQuantity())
        .isEqualByComparingTo("1.5");
  }

  @Test
  void mt5CommissionAndSwapReachThePositionAndSurviveARestart() {
    TradingEngine e = engine();
    e.submit(
        OrderIntent.market(
            ACCOUNT, new ClientOrderId("x-1"), "EURUSD", Side.BUY, new BigDecimal("1.5")));
    String payload =
        filled("FILL", 7)
            .payload()
            .replace("\"price\":1.1002,", "\"price\":1.1002,\"commission\":-10.5,\"swap\":-0.75,");
    EventEnvelope withCosts = filled("FILL", 7);
    new Mt5ExecutionConsumer(e, ONE_TERMINAL)
        .handle(
            new EventEnvelope(
                withCosts.id(),
                withCosts.tenantId(),
                withCosts.type(),
                withCosts.occurredAt(),
                withCosts.schemaVersion(),
                payload));
    // MT5 charges -10.5 commission and -0.75 swap: a cost of 10.5, a swap of -0.75
    assertThat(e.positions(ACCOUNT))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.commissions()).isEqualByComparingTo("10.5");
              assertThat(p.swaps()).isEqualByComparingTo("-0.75");
            });
    e.close();
    TradingEngine rebuilt = engine();
    assertThat(rebuilt.positions(ACCOUNT).getFirst().swaps()).isEqualByComparingTo("-0.75");
    assertThat(rebuilt.positions(ACCOUNT).getFirst().commissions()).isEqualByComparingTo("10.5");
  }

  @Test
  void aReportForNoKnownAccountOrOrderIsDeadLetteredWithTheReason() {
    TradingEngine e = engine();
    Mt5ExecutionConsumer consumer = new Mt5ExecutionConsumer(e, ONE_TERMINAL);
    assertThatThrownBy(() -> consumer.handle(filled("FILL", 1)))
        .isInstanceOf(PoisonEventException.class)
        .hasMessageContaining("no order x-1");
    Mt5ExecutionConsumer noAccount =
        new Mt5ExecutionConsumer(e, (tenant, login) -> Optional.empty());
    assertThatThrownBy(() -> noAccount.handle(filled("FILL", 1)))
        .isInstanceOf(PoisonEventException.class)
        .hasMessageContaining("MT5 5002");
  }

  @Test
  void aFillGoesThroughTheSameStepsAsOnPaperSentAcceptedFilled() {
    java.util.List<OrderState> states = new java.util.ArrayList<>();
    TradingEngine e =
        new TradingEngine(
            dir,
            r -> PreTradeVerdict.allow("test"),
            CLOCK,
            new TradingListener() {
              @Override
              public void orderChanged(Order order) {
                states.add(order.state());
              }
            });
    e.openAccount(Account.open(ACCOUNT, TENANT));
    e.connect(AccountMode.PAPER, new NoFills());
    e.submit(
        OrderIntent.market(
            ACCOUNT, new ClientOrderId("x-1"), "EURUSD", Side.BUY, new BigDecimal("1.5")));
    Mt5ExecutionConsumer consumer = new Mt5ExecutionConsumer(e, ONE_TERMINAL);
    consumer.handle(filled("FILL", 42));
    consumer.handle(filled("FILL", 42));

    assertThat(states).containsExactly(OrderState.SENT, OrderState.ACCEPTED, OrderState.FILLED);
    assertThat(e.duplicates()).isEqualTo(1);
    e.close();
  }
}
