package id.nusatrade.trading.mt5;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.PreTradeVerdict;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.domain.trading.TradingState;
import id.nusatrade.gateway.Gateway;
import id.nusatrade.gateway.GatewayConfig;
import id.nusatrade.gateway.GatewayPorts;
import id.nusatrade.gateway.orders.OrderRequests;
import id.nusatrade.gateway.platform.PlatformWiring;
import id.nusatrade.gateway.protocol.OrderAction;
import id.nusatrade.gateway.protocol.OrderCommand;
import id.nusatrade.gateway.protocol.OrderType;
import id.nusatrade.gateway.sim.EaSettings;
import id.nusatrade.gateway.sim.SimulatedExpertAdvisor;
import id.nusatrade.gateway.terminal.InMemoryTerminalDirectory;
import id.nusatrade.gateway.terminal.TerminalKey;
import id.nusatrade.market.validation.ValidationConfig;
import id.nusatrade.messaging.EventBusTopology;
import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.jms.ArtemisConnections;
import id.nusatrade.messaging.jms.ArtemisEventPublisher;
import id.nusatrade.messaging.jms.ConsumerSource;
import id.nusatrade.messaging.jms.EmbeddedArtemis;
import id.nusatrade.messaging.jms.EventConsumer;
import id.nusatrade.messaging.jms.EventConsumers;
import id.nusatrade.messaging.jms.EventMessages;
import id.nusatrade.messaging.json.EventJsonCodec;
import id.nusatrade.trading.engine.OrderView;
import id.nusatrade.trading.engine.PositionView;
import id.nusatrade.trading.engine.TradingEngine;
import id.nusatrade.trading.engine.TradingListener;
import jakarta.jms.ConnectionFactory;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MT5 venue end to end on a real broker: trading engine → {@code mt5.order.requested} on the
 * durable queue → gateway (order log, ORDER frame) → simulated EA (fills at its last quote) →
 * EXECUTION_REPORT → gateway journal → {@code trade.execution.reported} → engine. Fills are counted
 * at the EA (its desk) and in the engine; duplicates are injected at every hop, and the gateway is
 * restarted while an order waits for its terminal.
 */
class Mt5VenueEndToEndIT {
  static final TenantId TENANT = TenantId.of("0c9a4f7e-2b1d-4e3a-9f6c-5d8e7a6b4c21");
  static final AccountId ACCOUNT = new AccountId(new UUID(42, 42));
  static final long LOGIN = 7001;
  static final String KEY = "live-terminal-key";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);
  static final Duration WAIT = Duration.ofSeconds(30);
  static final long T0 = 1_764_748_800_000L;

  @TempDir Path brokerDir;
  @TempDir Path engineJournal;
  @TempDir Path gatewayJournal;

  EmbeddedArtemis artemis;
  ConnectionFactory factory;
  EventBusTopology topology;
  EventMessages messages;
  ArtemisEventPublisher enginePublisher;
  ArtemisEventPublisher gatewayPublisher;
  final List<EventEnvelope> gatewayEvents = new CopyOnWriteArrayList<>();
  Gateway gateway;
  EventConsumer gatewayOrders;
  OrderRequests orderRequests;
  TradingEngine engine;
  Mt5Venue venue;
  EventConsumer engineExecutions;
  Mt5Reconciliation reconciliation;
  int port;

  @BeforeEach
  void start() throws Exception {
    topology = EventBusTopology.defaults().withRedelivery(5, Duration.ZERO);
    artemis = EmbeddedArtemis.start(brokerDir, topology);
    factory = ArtemisConnections.withoutReconnect(artemis.url(), null, null);
    messages = new EventMessages(new EventJsonCodec());
    enginePublisher = new ArtemisEventPublisher(factory, EventRouting.defaults(), messages);
    gatewayPublisher = new ArtemisEventPublisher(factory, PlatformWiring.routing(), messages);
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    startGateway();
    startEngine();
  }

  void startGateway() throws Exception {
    var directory = new InMemoryTerminalDirectory().register(TENANT, LOGIN, KEY);
    gateway =
        new Gateway(GatewayPorts.of(directory).withPublisher(new Recording()))
            .start(
                GatewayConfig.defaults()
                    .withPort(port)
                    .withJournal(gatewayJournal)
                    .withValidation(ValidationConfig.defaults().withMaxTickAge(Duration.ZERO)));
    orderRequests = new OrderRequests(gateway);
    gatewayOrders =
        new EventConsumers(factory, messages, topology).start(OrderRequests.SOURCE, orderRequests);
  }

  void stopGateway() {
    gatewayOrders.close();
    gateway.stop();
  }

  void startEngine() {
    engine =
        new TradingEngine(
            engineJournal, r -> PreTradeVerdict.allow("test"), CLOCK, TradingListener.NONE);
    if (engine.accounts().isEmpty()) {
      engine.openAccount(new Account(ACCOUNT, TENANT, AccountMode.LIVE, TradingState.ACTIVE));
    }
    Mt5Logins logins =
        (tenant, account) ->
            tenant.equals(TENANT) && account.equals(ACCOUNT)
                ? OptionalLong.of(LOGIN)
                : OptionalLong.empty();
    venue = new Mt5Venue(logins, engine, enginePublisher, CLOCK);
    engine.connect(AccountMode.LIVE, venue);
    Mt5Accounts accounts =
        (tenant, login) ->
            tenant.equals(TENANT) && login == LOGIN
                ? java.util.Optional.of(ACCOUNT)
                : java.util.Optional.empty();
    reconciliation = new Mt5Reconciliation(engine, enginePublisher);
    engineExecutions =
        new EventConsumers(factory, messages, topology)
            .start(
                Mt5ExecutionConsumer.SOURCE,
                new Mt5ExecutionConsumer(engine, accounts, reconciliation));
  }

  void stopEngine() {
    engineExecutions.close();
    venue.close();
    engine.close();
  }

  @AfterEach
  void stop() throws Exception {
    stopEngine();
    stopGateway();
    enginePublisher.close();
    gatewayPublisher.close();
    artemis.close();
  }

  SimulatedExpertAdvisor ea() throws InterruptedException {
    SimulatedExpertAdvisor ea =
        new SimulatedExpertAdvisor(
                EaSettings.of("127.0.0.1", port, TENANT.toString(), LOGIN, KEY)
                    .withPositionsOnConnect(true))
            .start();
    long seq = ea.sendTick("EURUSD", T0, 1.1000, 1.1002, 0, 1, 0);
    assertThat(ea.awaitAcked(seq, WAIT)).isTrue();
    return ea;
  }

  static OrderIntent buy(String clientOrderId, String lots) {
    return OrderIntent.market(
        ACCOUNT, new ClientOrderId(clientOrderId), "EURUSD", Side.BUY, new BigDecimal(lots));
  }

  @Test
  void aLiveOrderReachesTheEaAsAnOrderFrameIsFilledAndThePositionAppears() throws Exception {
    try (SimulatedExpertAdvisor ea = ea()) {
      ea.orders().charge(new id.nusatrade.gateway.sim.BrokerCosts(7.0, -1.5));
      engine.submit(buy("live-1", "0.5"));

      until(() -> state("live-1") == OrderState.FILLED, "the fill in the engine");
      assertThat(ea.orders().reports()).hasSize(1);
      OrderView order = engine.find(ACCOUNT, new ClientOrderId("live-1"));
      assertThat(order.filledQuantity()).isEqualByComparingTo("0.5");
      assertThat(order.averagePrice()).isEqualByComparingTo("1.1002"); // the EA's ask
      List<PositionView> positions = engine.positions(ACCOUNT);
      assertThat(positions).hasSize(1);
      assertThat(positions.getFirst().quantity()).isEqualByComparingTo("0.5");
      // 7 per lot × 0.5 lot, reported by the EA as -3.5 (MT5's sign), booked as a cost of 3.5;
      // no swap on an opening fill
      assertThat(positions.getFirst().commissions()).isEqualByComparingTo("3.5");
      assertThat(positions.getFirst().swaps()).isEqualByComparingTo("0");
      assertThat(
              gateway
                  .orders()
                  .lastSeq(new id.nusatrade.gateway.terminal.TerminalKey(TENANT, LOGIN)))
          .isEqualTo(1);
    }
  }

  @Test
  void aSentLimitOrderIsWithdrawnAtTheEaAndACancelOfAFilledOrderChangesNothing() throws Exception {
    try (SimulatedExpertAdvisor ea = ea()) {
      OrderIntent limit =
          new OrderIntent(
              ACCOUNT,
              new ClientOrderId("limit-1"),
              "EURUSD",
              Side.BUY,
              new BigDecimal("0.4"),
              id.nusatrade.domain.trading.OrderType.LIMIT,
              new BigDecimal("1.0950"),
              null,
              id.nusatrade.domain.trading.Protection.NONE);
      engine.submit(limit);
      until(() -> ea.orders().pendingOrders().contains("limit-1"), "the pending order at the EA");
      assertThat(state("limit-1")).isEqualTo(OrderState.SENT);

      engine.cancel(orderOf("limit-1").id());
      engine.cancel(orderOf("limit-1").id()); // asked twice: one CANCEL reaches the EA
      until(() -> state("limit-1") == OrderState.CANCELLED, "the CANCELLED report in the engine");
      assertThat(ea.orders().pendingOrders()).isEmpty();
      assertThat(engine.positions(ACCOUNT)).isEmpty();

      engine.submit(buy("market-1", "0.2"));
      until(() -> state("market-1") == OrderState.FILLED, "the market fill");
      engine.cancel(orderOf("market-1").id()); // filled: the engine sends nothing
      engine.submit(buy("market-2", "0.1"));
      until(() -> state("market-2") == OrderState.FILLED, "the next fill");
      assertThat(
              ea.orders().reports().stream().map(r -> r.kind() + " " + r.clientOrderId()).toList())
          .containsExactly("CANCELLED limit-1", "FILL market-1", "FILL market-2");
      assertThat(engine.positions(ACCOUNT).getFirst().quantity()).isEqualByComparingTo("0.3");
    }
  }

  @Test
  void duplicateOrderCommandsAndDuplicateReportsFillOnce() throws Exception {
    try (SimulatedExpertAdvisor ea = ea()) {
      engine.submit(buy("dup-1", "0.3"));
      until(() -> state("dup-1") == OrderState.FILLED, "the first fill");

      // the same intent again: the engine answers with the first order
      assertThat(engine.submit(buy("dup-1", "0.3")).duplicate()).isTrue();
      // the same order command under another event id (past the broker's duplicate detection):
      // the gateway's order log refuses the client order id
      EventEnvelope again = Mt5Venue.envelope(TENANT, LOGIN, orderOf("dup-1"));
      enginePublisher.publish(withNewId(again));
      until(() -> orderRequests.duplicates() == 1, "the gateway refusing the second command");
      // the EA's report once more, as the gateway would publish it after a lost mark
      long before = engine.duplicates();
      EventEnvelope report = lastExecutionReport();
      enginePublisher.publish(withNewId(report));
      until(() -> engine.duplicates() > before, "the engine ignoring the second report");

      assertThat(ea.orders().reports()).hasSize(1);
      assertThat(engine.find(ACCOUNT, new ClientOrderId("dup-1")).filledQuantity())
          .isEqualByComparingTo("0.3");
      assertThat(engine.positions(ACCOUNT).getFirst().quantity()).isEqualByComparingTo("0.3");
    }
  }

  @Test
  void aGatewayRestartWhileAnOrderWaitsForItsTerminalNeitherLosesNorRepeatsIt() throws Exception {
    // no terminal connected: the gateway takes the order into its log and waits
    engine.submit(buy("wait-1", "0.2"));
    until(() -> orderRequests.placed() == 1, "the gateway taking the order");
    stopGateway();
    startGateway();
    // the engine restarts too and places its working order again: refused as the same event
    stopEngine();
    startEngine();
    until(() -> venue.refusedAsDuplicates() == 1, "the broker refusing the re-placed order");

    try (SimulatedExpertAdvisor ea = ea()) {
      until(() -> state("wait-1") == OrderState.FILLED, "the fill after the restarts");
      assertThat(ea.orders().reports()).hasSize(1);
      assertThat(ea.orders().duplicates()).isZero();
    }
    assertThat(engine.find(ACCOUNT, new ClientOrderId("wait-1")).filledQuantity())
        .isEqualByComparingTo("0.2");
    assertThat(engine.positions(ACCOUNT).getFirst().quantity()).isEqualByComparingTo("0.2");
    assertThat(orderRequests.placed()).isZero(); // nothing new for the restarted gateway
  }

  @Test
  void aFillTheEngineNeverOrderedIsTakenFromTheSnapshotAndRaisedAsAComplianceAlert()
      throws Exception {
    List<EventEnvelope> alerts = new CopyOnWriteArrayList<>();
    try (EventConsumer workflow =
            new EventConsumers(factory, messages, topology)
                .start(ConsumerSource.queue(EventRouting.WORKFLOW), alerts::add);
        SimulatedExpertAdvisor ea = ea()) {
      until(() -> reconciliation.snapshots() == 1, "the snapshot sent on connect");
      assertThat(reconciliation.differences()).isZero();
      // an order the engine never placed (by hand at the terminal, another program) fills there;
      // its report names no engine order and is dead-lettered
      gateway.placeOrder(
          new TerminalKey(TENANT, LOGIN),
          new OrderCommand(
              0,
              OrderAction.PLACE,
              id.nusatrade.gateway.protocol.Side.SELL,
              OrderType.MARKET,
              10,
              0,
              "by-hand-1",
              "EURUSD",
              0.4,
              0,
              0,
              0));
      until(() -> ea.orders().reports().size() == 1, "the fill at the broker");

      assertThat(ea.sendPositions()).isPositive(); // the periodic snapshot
      until(() -> reconciliation.differences() == 1, "the difference booked");
      assertThat(reconciliation.snapshots()).isEqualTo(2);
      PositionView p = engine.positions(ACCOUNT).getFirst();
      assertThat(p.quantity()).isEqualByComparingTo("-0.4");
      assertThat(p.averagePrice()).isEqualByComparingTo("1.1000"); // the EA sold at its bid
      until(() -> alerts.size() == 1, "the compliance alert on the bus");
      assertThat(alerts.getFirst().type()).isEqualTo("workflow.compliance.alert-raised");
      assertThat(alerts.getFirst().payload()).contains("RECONCILIATION_DIFFERENCE");
    }
  }

  OrderState state(String clientOrderId) {
    OrderView o = engine.find(ACCOUNT, new ClientOrderId(clientOrderId));
    return o == null ? null : o.state();
  }

  id.nusatrade.domain.trading.Order orderOf(String clientOrderId) {
    return engine.order(
        new id.nusatrade.domain.trading.OrderId(
            engine.find(ACCOUNT, new ClientOrderId(clientOrderId)).id()));
  }

  EventEnvelope lastExecutionReport() {
    List<EventEnvelope> reports =
        gatewayEvents.stream().filter(e -> e.type().equals(Mt5ExecutionConsumer.TYPE)).toList();
    return reports.getLast();
  }

  /** The gateway's publisher, remembering what the broker committed. */
  final class Recording implements EventPublisher {
    @Override
    public void publish(EventEnvelope event) {
      publishBatch(List.of(event));
    }

    @Override
    public void publishBatch(List<EventEnvelope> events) {
      gatewayPublisher.publishBatch(events);
      gatewayEvents.addAll(events);
    }
  }

  static EventEnvelope withNewId(EventEnvelope e) {
    return new EventEnvelope(
        UUID.randomUUID(), e.tenantId(), e.type(), e.occurredAt(), e.schemaVersion(), e.payload());
  }

  static void until(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
    }
  }
}
