package id.nusatrade.trading.mt5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.messaging.DuplicateEventException;
import id.nusatrade.messaging.EventBusTopology;
import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.jms.ArtemisConnections;
import id.nusatrade.messaging.jms.ArtemisEventPublisher;
import id.nusatrade.messaging.jms.EmbeddedArtemis;
import id.nusatrade.messaging.jms.EventConsumer;
import id.nusatrade.messaging.jms.EventConsumers;
import id.nusatrade.messaging.jms.EventMessages;
import id.nusatrade.messaging.json.EventJsonCodec;
import id.nusatrade.trading.engine.TradingEngine;
import id.nusatrade.trading.persistence.JdbcMt5Accounts;
import id.nusatrade.trading.persistence.PostgresTradingStoreIT;
import id.nusatrade.trading.persistence.TradingSchema;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway's execution reports published before the trading engine ever subscribed, on a real
 * broker configured from {@link EventBusTopology#defaults()} and accounts mapped on a real
 * PostgreSQL ({@code trading_account.mt5_login}, read as the app role under row-level security):
 * kept until the consumer starts, then applied once even when sent twice; a report for a login no
 * account maps is dead-lettered with the reason.
 */
class Mt5ReportsBeforeConsumerIT {
  static final TenantId OTHER = new TenantId(new UUID(0xB, 9));

  @TempDir Path broker;
  @TempDir Path journal;

  @BeforeAll
  static void database() throws Exception {
    PostgresTradingStoreIT.start();
    try (Connection c =
        PostgresTradingStoreIT.source(PostgresTradingStoreIT.OWNER).getConnection()) {
      TradingSchema.install(c, TradingSchema.MT5_LOGIN, PostgresTradingStoreIT.APP);
    }
    mapLogin(Mt5ExecutionConsumerTest.TENANT, Mt5ExecutionConsumerTest.ACCOUNT.value(), 5002);
    mapLogin(OTHER, new UUID(0xB, 10), 6003);
  }

  @AfterAll
  static void stopDatabase() throws Exception {
    PostgresTradingStoreIT.stop();
  }

  private static void mapLogin(TenantId tenant, UUID account, long login) {
    PostgresTradingStoreIT.TX.inTenant(
        tenant,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "insert into trading_account (id, tenant_id, mt5_login) values (?, ?, ?)")) {
            s.setObject(1, account);
            s.setObject(2, tenant.value());
            s.setLong(3, login);
            s.executeUpdate();
          }
        });
  }

  @Test
  void reportsSentBeforeTheConsumerStartsAreAppliedOnceWhenItStarts() throws Exception {
    JdbcMt5Accounts accounts = new JdbcMt5Accounts(PostgresTradingStoreIT.TX);
    assertThat(accounts.accountOf(Mt5ExecutionConsumerTest.TENANT, 5002))
        .contains(Mt5ExecutionConsumerTest.ACCOUNT);
    assertThat(accounts.accountOf(Mt5ExecutionConsumerTest.TENANT, 6003))
        .as("another tenant's login")
        .isEmpty();

    EventBusTopology topology = EventBusTopology.defaults();
    EventMessages messages = new EventMessages(new EventJsonCodec());
    Mt5ExecutionConsumerTest fixture = new Mt5ExecutionConsumerTest();
    fixture.dir = journal;
    TradingEngine engine = fixture.engine();
    engine.submit(
        OrderIntent.market(
            Mt5ExecutionConsumerTest.ACCOUNT,
            new ClientOrderId("x-1"),
            "EURUSD",
            Side.BUY,
            new BigDecimal("1.5")));
    EventEnvelope report = Mt5ExecutionConsumerTest.filled("FILL", 42);
    // the same execution under a new event id: the gateway's resend once the broker's duplicate-id
    // cache forgot the first one
    EventEnvelope resend = withId(report, new UUID(0x42, 1), report.payload());
    EventEnvelope unmapped =
        withId(report, new UUID(0x42, 2), report.payload().replace("5002", "7777"));
    AtomicInteger deliveries = new AtomicInteger();
    CountDownLatch three = new CountDownLatch(3);
    try (EmbeddedArtemis artemis = EmbeddedArtemis.start(broker, topology)) {
      ConnectionFactory factory = ArtemisConnections.withoutReconnect(artemis.url(), null, null);
      try (ArtemisEventPublisher gateway =
          new ArtemisEventPublisher(factory, EventRouting.defaults(), messages)) {
        gateway.publish(report);
        assertThatThrownBy(() -> gateway.publish(report))
            .isInstanceOf(DuplicateEventException.class);
        gateway.publish(resend);
        gateway.publish(unmapped);
      }
      Mt5ExecutionConsumer apply = new Mt5ExecutionConsumer(engine, accounts);
      try (EventConsumer consumer =
          new EventConsumers(factory, messages, topology)
              .start(
                  Mt5ExecutionConsumer.SOURCE,
                  event -> {
                    deliveries.incrementAndGet();
                    try {
                      apply.handle(event);
                    } finally {
                      three.countDown();
                    }
                  })) {
        assertThat(three.await(20, TimeUnit.SECONDS)).as("three reports delivered").isTrue();
        try (JMSContext jms = factory.createContext()) {
          Message dead =
              jms.createConsumer(jms.createQueue(topology.deadLetterQueue())).receive(20_000);
          assertThat(dead).as("unmapped report dead-lettered").isNotNull();
          assertThat(dead.getStringProperty("nusatradeDeadLetterReason"))
              .contains("no trading account for MT5 7777");
        }
      }
    }
    var order = engine.find(Mt5ExecutionConsumerTest.ACCOUNT, new ClientOrderId("x-1"));
    assertThat(order.state()).isEqualTo(OrderState.FILLED);
    assertThat(order.filledQuantity()).isEqualByComparingTo("1.5");
    assertThat(engine.duplicates()).as("the resend recognised").isEqualTo(1);
    assertThat(deliveries).hasValue(3);
    engine.close();
  }

  private static EventEnvelope withId(EventEnvelope e, UUID id, String payload) {
    return new EventEnvelope(
        id, e.tenantId(), e.type(), e.occurredAt(), e.schemaVersion(), payload);
  }
}
