package id.nusatrade.workers;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.platform.PlatformEcho;
import id.nusatrade.processes.platform.SmokeCheck;
import id.nusatrade.workers.engine.EngineHealth;
import id.nusatrade.workers.engine.WorkflowEngineProbe;
import id.nusatrade.workers.platform.EchoWorker;
import io.camunda.client.CamundaClient;
import java.nio.file.Files;
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

/** Deployer, workers and probe against the real Zeebe 8.6 broker, started once for the class. */
class SmokeCheckOnRealBrokerIT {
  private static final Duration READY = Duration.ofMinutes(3);
  private static final Duration RESULT = Duration.ofSeconds(60);
  private static final RetryBackoff FAST_BACKOFF =
      new RetryBackoff(Duration.ofMillis(100), Duration.ofSeconds(1), 3);

  @TempDir static Path data;
  private static ZeebeBrokerProcess broker;
  private static CamundaClient client;
  private static List<DeployedProcess> firstDeployment;

  @BeforeAll
  static void startBrokerAndDeploy() throws Exception {
    Path home = Path.of(System.getProperty("zeebe.home"));
    Path logDir = Path.of(System.getProperty("zeebe.log.dir", data.toString()));
    Files.createDirectories(logDir);
    broker = ZeebeBrokerProcess.start(home, data, logDir.resolve("zeebe-broker-it.log"));
    client = WorkflowClients.grpc(broker.grpcAddress(), broker.restAddress());
    Duration ready =
        broker.awaitReady(new WorkflowEngineProbe(client, Duration.ofSeconds(2)), READY);
    System.out.printf("Zeebe 8.6 broker ready in %.1f s%n", ready.toMillis() / 1000.0);
    firstDeployment = ProcessDeployer.forCatalog(client).deployAll(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stopBroker() throws Exception {
    if (client != null) {
      client.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void deployingTheUnchangedCatalogAgainKeepsTheSameVersion() throws Exception {
    List<DeployedProcess> again =
        ProcessDeployer.forCatalog(client).deployAll(Duration.ofSeconds(30));

    assertThat(firstDeployment)
        .extracting(DeployedProcess::processId)
        .containsExactly(SmokeCheck.PROCESS.processId());
    assertThat(again).isEqualTo(firstDeployment);
  }

  @Test
  void afterWorkflowStartupTheEchoWorkerCompletesTheSmokeCheckWhichPasses() throws Exception {
    try (WorkerRegistry workers = WorkflowStartup.start(client, Clock.systemUTC(), RESULT)) {
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
    WorkerRegistry registry =
        new WorkerRegistry(client, FAST_BACKOFF).register(SmokeCheck.ECHO_JOB, handler);
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
