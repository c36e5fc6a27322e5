package id.nusatrade.trading.mt5;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.messaging.contract.AuditRecorded;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.messaging.contract.WorkflowRequested;
import id.nusatrade.trading.engine.PositionView;
import id.nusatrade.trading.engine.TradingEngine;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A positions snapshot against the engine's positions, values by hand: the engine holds EURUSD +1.5
 * at 1.1002; the broker holds EURUSD buys 1.0 at 1.1000 and 1.0 at 1.1010 (net +2.0, open price
 * 2.2010 / 2.0 = 1.1005) and an XAUUSD sell 0.2 at 2650.5 the engine never heard of.
 */
class Mt5ReconciliationTest {
  static final PayloadCodec CODEC = new PayloadCodec();

  @TempDir Path dir;

  final List<EventEnvelope> published = new CopyOnWriteArrayList<>();
  final EventPublisher bus =
      new EventPublisher() {
        @Override
        public void publish(EventEnvelope event) {
          published.add(event);
        }

        @Override
        public void publishBatch(List<EventEnvelope> events) {
          published.addAll(events);
        }
      };

  static EventEnvelope snapshot(long seq, String positionsJson) {
    String tenant = Mt5ExecutionConsumerTest.TENANT.toString();
    String payload =
        """
        {"executionId":"mt5:%s:5002:%d","account":5002,"seq":%d,"kind":"POSITIONS",\
        "clientOrderId":"","symbol":"","side":"NONE","volume":0,"price":0,\
        "ticket":0,"retcode":10009,"time":1764748900000,"positions":2,\
        "openPositions":%s}"""
            .formatted(tenant, seq, seq, positionsJson);
    return new EventEnvelope(
        UUID.nameUUIDFromBytes(("mt5:" + tenant + ":5002:" + seq).getBytes()),
        Mt5ExecutionConsumerTest.TENANT,
        Mt5ExecutionConsumer.TYPE,
        Instant.ofEpochMilli(1_764_748_900_000L),
        1,
        payload);
  }

  static final String BROKER =
      """
      [{"ticket":1,"symbol":"EURUSD","side":"BUY","volume":1.0,"openPrice":1.1000},\
      {"ticket":2,"symbol":"EURUSD","side":"BUY","volume":1.0,"openPrice":1.1010},\
      {"ticket":3,"symbol":"XAUUSD","side":"SELL","volume":0.2,"openPrice":2650.5}]""";

  TradingEngine engineHoldingOnePointFive() {
    Mt5ExecutionConsumerTest fixture = new Mt5ExecutionConsumerTest();
    fixture.dir = dir;
    TradingEngine e = fixture.engine();
    if (e.find(Mt5ExecutionConsumerTest.ACCOUNT, new ClientOrderId("x-1")) == null) {
      e.submit(
          OrderIntent.market(
              Mt5ExecutionConsumerTest.ACCOUNT,
              new ClientOrderId("x-1"),
              "EURUSD",
              Side.BUY,
              new BigDecimal("1.5")));
      new Mt5ExecutionConsumer(e, Mt5ExecutionConsumerTest.ONE_TERMINAL)
          .handle(Mt5ExecutionConsumerTest.filled("FILL", 42));
    }
    return e;
  }

  Map<String, PositionView> positions(TradingEngine e) {
    return e.positions(Mt5ExecutionConsumerTest.ACCOUNT).stream()
        .collect(Collectors.toMap(PositionView::symbol, p -> p));
  }

  @Test
  void theBrokerWinsEachDifferenceIsBookedOnceAuditedAndRaisedAsAnAlert() {
    TradingEngine e = engineHoldingOnePointFive();
    Mt5Reconciliation reconciliation = new Mt5Reconciliation(e, bus);
    Mt5ExecutionConsumer consumer =
        new Mt5ExecutionConsumer(e, Mt5ExecutionConsumerTest.ONE_TERMINAL, reconciliation);

    consumer.handle(snapshot(43, BROKER));

    Map<String, PositionView> after = positions(e);
    assertThat(after.get("EURUSD").quantity()).isEqualByComparingTo("2.0");
    // (1.5 x 1.1002 + 0.5 x 1.1005) / 2.0 = 2.20055 / 2.0
    assertThat(after.get("EURUSD").averagePrice()).isEqualByComparingTo("1.100275");
    assertThat(after.get("XAUUSD").quantity()).isEqualByComparingTo("-0.2");
    assertThat(after.get("XAUUSD").averagePrice()).isEqualByComparingTo("2650.5");
    assertThat(reconciliation.differences()).isEqualTo(2);

    List<AuditRecorded> audits =
        published.stream()
            .filter(ev -> ev.type().equals("audit." + Mt5Reconciliation.AUDIT_ACTION))
            .map(ev -> CODEC.decode(EventContracts.AUDIT, ev))
            .toList();
    assertThat(audits)
        .extracting(a -> a.details().get("symbol"), a -> a.details().get("adjustment"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("EURUSD", "0.5"),
            org.assertj.core.groups.Tuple.tuple("XAUUSD", "-0.2"));
    List<WorkflowRequested> alerts =
        published.stream()
            .filter(ev -> ev.type().equals("workflow." + Mt5Reconciliation.ALERT_MESSAGE))
            .map(ev -> CODEC.decode(EventContracts.WORKFLOW, ev))
            .toList();
    assertThat(alerts).hasSize(2);
    assertThat(alerts.getFirst().variables())
        .containsEntry("alertKind", "RECONCILIATION_DIFFERENCE")
        .containsEntry("severity", "HIGH")
        .containsEntry("accountId", Mt5ExecutionConsumerTest.ACCOUNT.toString());
    assertThat((String) alerts.getFirst().variables().get("summary"))
        .isEqualTo("MT5 5002 EURUSD: broker 2.0, ours 1.5; booked 0.5 at 1.1005");

    // delivered again (no commit seen): nothing differs any more, nothing is booked or raised
    consumer.handle(snapshot(43, BROKER));
    assertThat(published).hasSize(4);
    assertThat(positions(e).get("EURUSD").quantity()).isEqualByComparingTo("2.0");

    // the adjustments are journaled: a rebuilt engine holds the broker's positions
    e.close();
    TradingEngine rebuilt = engineHoldingOnePointFive();
    assertThat(positions(rebuilt).get("EURUSD").quantity()).isEqualByComparingTo("2.0");
    assertThat(positions(rebuilt).get("XAUUSD").quantity()).isEqualByComparingTo("-0.2");
    assertThat(
            rebuilt.differences(Mt5ExecutionConsumerTest.ACCOUNT, Mt5Reconciliation.net(List.of())))
        .hasSize(2); // the broker flat now would differ in both
    rebuilt.close();
  }

  @Test
  void aPositionTheBrokerClosedIsClosedHereAtOurPriceWithoutInventedProfit() {
    TradingEngine e = engineHoldingOnePointFive();
    Mt5Reconciliation reconciliation = new Mt5Reconciliation(e, bus);
    new Mt5ExecutionConsumer(e, Mt5ExecutionConsumerTest.ONE_TERMINAL, reconciliation)
        .handle(snapshot(44, "[]"));

    assertThat(positions(e)).isEmpty();
    var order =
        e.orders(Mt5ExecutionConsumerTest.ACCOUNT).stream()
            .filter(
                o ->
                    o.intent()
                        .clientOrderId()
                        .value()
                        .startsWith(TradingEngine.RECONCILIATION_PREFIX))
            .findFirst()
            .orElseThrow();
    assertThat(order.intent().side()).isEqualTo(Side.SELL);
    assertThat(order.averagePrice()).isEqualByComparingTo("1.1002");
    assertThat(published).hasSize(2); // one audit, one alert
    e.close();
  }

  @Test
  void matchingPositionsRaiseNothing() {
    TradingEngine e = engineHoldingOnePointFive();
    Mt5Reconciliation reconciliation = new Mt5Reconciliation(e, bus);
    new Mt5ExecutionConsumer(e, Mt5ExecutionConsumerTest.ONE_TERMINAL, reconciliation)
        .handle(
            snapshot(
                45,
                """
                [{"ticket":1,"symbol":"EURUSD","side":"BUY","volume":1.5,"openPrice":1.1002}]"""));
    assertThat(published).isEmpty();
    assertThat(reconciliation.snapshots()).isEqualTo(1);
    assertThat(reconciliation.differences()).isZero();
    e.close();
  }
}
