package id.nusatrade.workers.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.platform.SmokeCheckReporter;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.launcher.component.EmbeddedArtemis;
import id.nusatrade.launcher.component.ZeebeBroker;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import id.nusatrade.messaging.EventBusTopology;
import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.messaging.contract.WorkflowRequested;
import id.nusatrade.messaging.jms.ArtemisConnections;
import id.nusatrade.messaging.jms.ArtemisEventPublisher;
import id.nusatrade.messaging.jms.ConsumerSource;
import id.nusatrade.messaging.jms.EventConsumer;
import id.nusatrade.messaging.jms.EventConsumers;
import id.nusatrade.messaging.jms.EventMessages;
import id.nusatrade.messaging.json.EventJsonCodec;
import id.nusatrade.processes.platform.SmokeCheck;
import id.nusatrade.workers.DeployedProcess;
import id.nusatrade.workers.WorkflowClients;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import jakarta.jms.ConnectionFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path's "events start BPMN processes" plumbing with real components and no container:
 * embedded Artemis and the real Zeebe 8.6 broker (the launcher's components), and {@link
 * WorkflowRuntime} as {@link WorkflowBootstrap} runs it in Liberty (a JDK scheduler standing in for
 * the managed one). The runtime is started BEFORE the engine, as after a cold platform start.
 */
class EventStartsSmokeCheckIT {
  private static final TenantId TENANT_A = TenantId.of("11111111-1111-1111-1111-111111111111");
  private static final Duration ENGINE_READY = Duration.ofMinutes(4);
  private static final Duration REPORT = Duration.ofSeconds(60);
  private static final Duration MESSAGE_TTL = Duration.ofMinutes(10);

  @TempDir static Path state;
  private static EmbeddedArtemis artemis;
  private static ZeebeBroker zeebe;
  private static CamundaClient client;
  private static ArtemisEventPublisher publisher;
  private static EventConsumer auditConsumer;
  private static ScheduledExecutorService scheduler;
  private static WorkflowRuntime runtime;
  private static WorkflowStatus beforeEngine;
  private static final Pattern REPORT_SUBJECT =
      Pattern.compile("\"subject\":\"smoke-check/([^\"]+)\"");
  private static final Map<String, EventEnvelope> reports = new ConcurrentHashMap<>();

  @BeforeAll
  static void startBusThenRuntimeThenEngine() throws Exception {
    LauncherConfig config =
        LauncherConfig.defaults().with(Setting.STATE_DIR, state).withFreePorts();
    artemis = new EmbeddedArtemis(config);
    artemis.start();
    ConnectionFactory factory =
        ArtemisConnections.factory(
            artemis.url(), config.get(Setting.ARTEMIS_USER), config.get(Setting.ARTEMIS_PASSWORD));
    EventMessages messages = new EventMessages(new EventJsonCodec());
    EventConsumers consumers = new EventConsumers(factory, messages, EventBusTopology.defaults());
    publisher = new ArtemisEventPublisher(factory, EventRouting.defaults(), messages);
    auditConsumer =
        consumers.start(
            ConsumerSource.subscription(EventRouting.AUDIT, "it-audit"),
            EventStartsSmokeCheckIT::keepReport);

    zeebe = new ZeebeBroker(config);
    client = WorkflowClients.grpc(URI.create(zeebe.grpcAddress()), URI.create(zeebe.restAddress()));
    scheduler = Executors.newSingleThreadScheduledExecutor();
    runtime =
        new WorkflowRuntime(
            client, Clock.systemUTC(), publisher, consumers, MESSAGE_TTL, scheduler);
    runtime.start();
    beforeEngine = awaitStatus(s -> s.failedAttempts() > 0, Duration.ofSeconds(90));

    zeebe.start();
    awaitStatus(WorkflowStatus::ready, ENGINE_READY);
  }

  @AfterAll
  static void stopAll() {
    if (runtime != null) {
      runtime.close();
    }
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
    if (auditConsumer != null) {
      auditConsumer.close();
    }
    if (publisher != null) {
      publisher.close();
    }
    if (client != null) {
      client.close();
    }
    if (zeebe != null) {
      zeebe.stop();
    }
    if (artemis != null) {
      artemis.stop();
    }
  }

  @Test
  void theRuntimeStartedWithoutTheEngineKeptRetryingAndCaughtUpOnceItAnswered() {
    assertThat(beforeEngine.ready()).isFalse();
    assertThat(beforeEngine.deployed()).isEmpty();
    assertThat(beforeEngine.problem()).isNotBlank();

    WorkflowStatus now = runtime.status();
    assertThat(now.ready()).isTrue();
    assertThat(now.problem()).isNull();
    assertThat(now.deployed())
        .extracting(DeployedProcess::processId)
        .contains(SmokeCheck.PROCESS.processId());
    assertThat(now.jobTypes()).contains(SmokeCheck.ECHO_JOB, SmokeCheck.REPORT_JOB);
  }

  @Test
  void aRequestEventOnTheWorkflowQueueRunsTheSmokeCheckAndItsReportReturnsOnTheAuditTopic()
      throws Exception {
    String requestId = "req-" + UUID.randomUUID();

    publisher.publish(request(requestId, "ping"));

    EventEnvelope report = awaitReport(requestId);
    assertThat(report.tenantId()).isEqualTo(TENANT_A);
    assertThat(report.type()).isEqualTo(SmokeCheckReporter.EVENT_TYPE);
    assertThat(report.payload()).contains("\"details\":{\"outcome\":\"passed\"}");
  }

  @Test
  void aBlankProbeRequestedByEventIsReportedAsRejected() throws Exception {
    String requestId = "req-" + UUID.randomUUID();

    publisher.publish(request(requestId, "  "));

    assertThat(awaitReport(requestId).payload()).contains("{\"outcome\":\"rejected\"}");
  }

  @Test
  void aRedeliveredEventIsTheSameMessageWhichTheEngineRecognises() throws Exception {
    String requestId = "req-" + UUID.randomUUID();
    EventEnvelope event = request(requestId, "ping");
    WorkflowMessageRelay relay = new WorkflowMessageRelay(client, MESSAGE_TTL);

    relay.handle(event);
    relay.handle(event); // a redelivery: accepted, not an error that would send it to the DLQ

    assertThatThrownBy(() -> publishRaw(WorkflowMessage.from(event)))
        .isInstanceOf(ClientStatusException.class)
        .extracting(e -> ((ClientStatusException) e).getStatusCode())
        .isEqualTo(Status.Code.ALREADY_EXISTS);
    assertThat(awaitReport(requestId).payload()).contains("passed");
  }

  private static EventEnvelope request(String requestId, String message) {
    return new PayloadCodec()
        .envelope(
            EventContracts.WORKFLOW,
            UUID.randomUUID(),
            TENANT_A,
            Instant.now(),
            new WorkflowRequested(
                SmokeCheck.REQUESTED_MESSAGE,
                requestId,
                Map.of("message", message, "requestId", requestId)));
  }

  private static void publishRaw(WorkflowMessage message) {
    client
        .newPublishMessageCommand()
        .messageName(message.name())
        .correlationKey(message.correlationKey())
        .messageId(message.messageId())
        .timeToLive(MESSAGE_TTL)
        .send()
        .join();
  }

  private static void keepReport(EventEnvelope event) {
    Matcher subject = REPORT_SUBJECT.matcher(event.payload());
    if (event.type().equals(SmokeCheckReporter.EVENT_TYPE) && subject.find()) {
      reports.put(subject.group(1), event);
    }
  }

  private static EventEnvelope awaitReport(String requestId) throws InterruptedException {
    long deadline = System.nanoTime() + REPORT.toNanos();
    while (!reports.containsKey(requestId) && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(100);
    }
    assertThat(reports).as("report for %s within %s", requestId, REPORT).containsKey(requestId);
    return reports.get(requestId);
  }

  private static WorkflowStatus awaitStatus(
      java.util.function.Predicate<WorkflowStatus> condition, Duration patience)
      throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    WorkflowStatus status = runtime.status();
    while (!condition.test(status) && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(200);
      status = runtime.status();
    }
    assertThat(condition).as("status %s", status).accepts(status);
    return status;
  }
}
