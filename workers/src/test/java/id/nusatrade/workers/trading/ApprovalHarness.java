package id.nusatrade.workers.trading;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.OrderType;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.launcher.component.EmbeddedArtemis;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import id.nusatrade.messaging.EventBusTopology;
import id.nusatrade.messaging.EventHandler;
import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.OrderChanged;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.messaging.jms.ArtemisConnections;
import id.nusatrade.messaging.jms.ArtemisEventPublisher;
import id.nusatrade.messaging.jms.ConsumerSource;
import id.nusatrade.messaging.jms.EventConsumer;
import id.nusatrade.messaging.jms.EventConsumers;
import id.nusatrade.messaging.jms.EventMessages;
import id.nusatrade.messaging.json.EventJsonCodec;
import id.nusatrade.workers.runtime.WorkflowRuntime;
import id.nusatrade.workers.runtime.WorkflowStatus;
import io.camunda.client.CamundaClient;
import jakarta.jms.ConnectionFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The bus side of the trade-approval ITs: the launcher's Artemis, a publisher, a subscriber to the
 * results, and {@link WorkflowRuntime} (with the approval bridge) on whichever engine the test
 * brings. Closing stops what it started, runtime first.
 */
final class ApprovalHarness implements AutoCloseable {
  static final TenantId TENANT = TenantId.of("11111111-1111-1111-1111-111111111111");
  private static final PayloadCodec CODEC = new PayloadCodec();

  final LauncherConfig config;
  final ArtemisEventPublisher publisher;
  private final EmbeddedArtemis artemis;
  private final EventConsumers consumers;
  private final EventConsumer results;
  private ScheduledExecutorService scheduler;
  private WorkflowRuntime runtime;

  /** Starts Artemis and subscribes {@code results} to the trading topic. */
  ApprovalHarness(Path state, String subscription, EventHandler results) {
    config = LauncherConfig.defaults().with(Setting.STATE_DIR, state).withFreePorts();
    artemis = new EmbeddedArtemis(config);
    artemis.start();
    ConnectionFactory factory =
        ArtemisConnections.factory(
            artemis.url(), config.get(Setting.ARTEMIS_USER), config.get(Setting.ARTEMIS_PASSWORD));
    EventMessages messages = new EventMessages(new EventJsonCodec());
    consumers = new EventConsumers(factory, messages, EventBusTopology.defaults());
    publisher = new ArtemisEventPublisher(factory, EventRouting.defaults(), messages);
    this.results =
        consumers.start(ConsumerSource.subscription(EventRouting.TRADING, subscription), results);
  }

  /** Starts the workflow runtime on {@code client} and waits until it reports ready. */
  void startRuntime(CamundaClient client, Duration patience) throws InterruptedException {
    scheduler = Executors.newSingleThreadScheduledExecutor();
    runtime =
        new WorkflowRuntime(
            client, Clock.systemUTC(), publisher, consumers, Duration.ofHours(1), scheduler);
    runtime.start();
    long deadline = System.nanoTime() + patience.toNanos();
    WorkflowStatus status = runtime.status();
    while (!status.ready() && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(100); // polling the runtime's own status, not waiting blindly
      status = runtime.status();
    }
    assertThat(status.ready()).as("workflow runtime %s", status).isTrue();
  }

  /**
   * What the trading engine publishes for order {@code orderId} held by the rules (TradingEvents):
   * one unit of XAUUSD on the watch list, valued at Rp 1 jt, within the automatic limit.
   */
  static EventEnvelope approvalRequested(long orderId) {
    OrderChanged held =
        new OrderChanged(
            "acc-it",
            orderId,
            "it-" + orderId,
            "XAUUSD",
            Side.BUY,
            OrderType.MARKET,
            BigDecimal.ONE,
            null,
            null,
            OrderState.PENDING_APPROVAL,
            BigDecimal.ZERO,
            null,
            List.of("WATCH_LIST: XAUUSD is on the watch list"),
            null,
            new BigDecimal("1000000"));
    return CODEC.envelope(
        EventContracts.ORDER_CHANGED, UUID.randomUUID(), TENANT, Instant.now(), held);
  }

  @Override
  public void close() {
    if (runtime != null) {
      runtime.close();
    }
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
    results.close();
    publisher.close();
    artemis.stop();
  }
}
