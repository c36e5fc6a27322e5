package id.nusatrade.workers;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.platform.PlatformEcho;
import id.nusatrade.domain.platform.SmokeCheckReporter;
import id.nusatrade.launcher.component.ZeebeBroker;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import id.nusatrade.processes.ProcessCatalog;
import id.nusatrade.processes.ProcessDefinition;
import id.nusatrade.processes.platform.SmokeCheck;
import id.nusatrade.workers.engine.EngineHealth;
import id.nusatrade.workers.engine.WorkflowEngineProbe;
import id.nusatrade.workers.platform.EchoWorker;
import id.nusatrade.workers.platform.SmokeCheckReportWorker;
import io.camunda.client.CamundaClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deployer, workers and probe against the real Zeebe 8.6 broker, started once for the class by the
 * launcher's {@link ZeebeBroker} component (state in a temporary directory, free ports).
 */
class SmokeCheckOnRealBrokerIT {
  private static final Duration READY = Duration.ofMinutes(3);
  private static final Duration RESULT = Duration.ofSeconds(60);
  private static final RetryBackoff FAST_BACKOFF =
      new RetryBackoff(Duration.ofMillis(100), Duration.ofSeconds(1), 3);

  /** Checks started directly have no requester, so nothing may be published. */
  private static final EventPublisher NO_REPORTS_EXPECTED =
      new EventPublisher() {
        @Override
        public void publish(EventEnvelope event) {
          throw new AssertionError("unexpected report " + event);
        }

        @Override
        public void publishBatch(List<EventEnvelope> events) {
          throw new AssertionError("unexpected reports " + events);
        }
      };

  @TempDir static Path state;
  private static ZeebeBroker broker;
  private static CamundaClient client;
  private static List<DeployedProcess> firstDeployment;

  @BeforeAll
  static void startBrokerAndDeploy() throws Exception {
    long start = System.nanoTime();
    broker =
        new ZeebeBroker(LauncherConfig.defaults().with(Setting.STATE_DIR, state).withFreePorts());
    broker.start();
    client =
        WorkflowClients.grpc(URI.create(broker.grpcAddress()), URI.create(broker.restAddress()));
    EngineHealth health = new WorkflowEngineProbe(client, Duration.ofSeconds(2)).awaitUp(READY);
    assertThat(health.up()).as(health.problem()).isTrue();
    System.out.printf(
        "Zeebe 8.6 broker (launcher component) ready in %.1f s%n",
        (System.nanoTime() - start) / 1e9);
    firstDeployment = ProcessDeployer.forCatalog(client).deployAll(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stopBroker() {
    if (client != null) {
      client.close();
    }
    if (broker != null) {
      broker.stop();
    }
  }

  @Test
  void deployingTheUnchangedCatalogAgainKeepsTheSameVersion() throws Exception {
    List<DeployedProcess> again =
        ProcessDeployer.forCatalog(client).deployAll(Duration.ofSeconds(30));

    assertThat(firstDeployment)
        .extracting(DeployedProcess::processId)
        .containsExactlyInAnyOrderElementsOf(
            ProcessCatalog.all().stream().map(ProcessDefinition::processId).toList());
    assertThat(again).isEqualTo(firstDeployment);
  }

  @Test
  void afterWorkflowStartupTheEchoWorkerCompletesTheSmokeCheckWhichPasses() throws Exception {
    try (RunningWorkflows running =
        WorkflowStartup.start(client, Clock.systemUTC(), NO_REPORTS_EXPECTED, RESULT)) {
      Map<String, Object> result = runSmokeCheck("ping");

      assertThat(result).containsEntry(SmokeCheck.ECHO, "ping");
      assertThat(result).containsEntry(SmokeCheck.OUTCOME, "passed");
      assertThat(result).containsKey(SmokeCheck.ANSWERED_AT);
    }
  }

  @Test
  void aBlankProbeIsRejectedThroughTheBpmnErrorPath() {
    try (WorkerRegistry workers = echoWorkers(echo())) {
      Map<String, Object> result = runSmokeCheck("   ");

      assertThat(result).containsEntry(SmokeCheck.OUTCOME, "rejected");
      assertThat(result).doesNotContainKey(SmokeCheck.ECHO);
    }
  }

  @Test
  void aTechnicalFailureIsRetriedAfterABackoffAndThenSucceeds() {
    AtomicInteger calls = new AtomicInteger();
    JobHandler real = echo();
    JobHandler flaky =
        job -> {
          if (calls.incrementAndGet() == 1) {
            throw new IllegalStateException("database connection reset");
          }
          return real.handle(job);
        };
    try (WorkerRegistry workers = echoWorkers(flaky)) {
      Map<String, Object> result = runSmokeCheck("ping");

      assertThat(result).containsEntry(SmokeCheck.OUTCOME, "passed");
      assertThat(calls).hasValue(2);
    }
  }

  @Test
  void theProbeReportsOneHealthyBrokerWithItsPartition() {
    EngineHealth health = new WorkflowEngineProbe(client, Duration.ofSeconds(5)).check();

    assertThat(health.up()).isTrue();
    assertThat(health.clusterSize()).isEqualTo(1);
    assertThat(health.partitionsCount()).isEqualTo(1);
    assertThat(health.brokers())
        .singleElement()
        .satisfies(b -> assertThat(b.version()).isEqualTo("8.6.0"));
  }

  private static JobHandler echo() {
    return new EchoWorker(new PlatformEcho(Clock.systemUTC()));
  }

  private static WorkerRegistry echoWorkers(JobHandler handler) {
    JobHandler noReport =
        new SmokeCheckReportWorker(new SmokeCheckReporter(NO_REPORTS_EXPECTED, Clock.systemUTC()));
    WorkerRegistry registry =
        new WorkerRegistry(client, FAST_BACKOFF)
            .register(SmokeCheck.ECHO_JOB, handler)
            .register(SmokeCheck.REPORT_JOB, noReport);
    registry.open();
    return registry;
  }

  private static Map<String, Object> runSmokeCheck(String message) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(SmokeCheck.PROCESS.processId())
        .latestVersion()
        .variables(Map.of(SmokeCheck.MESSAGE, message))
        .withResult()
        .requestTimeout(RESULT)
        .send()
        .join()
        .getVariablesAsMap();
  }
}
