package id.nusatrade.processes.platform;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.processes.ProcessCatalog;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One test per path of platform-smoke-check on the in-process engine (8.8.21). Note: the
 * extension's stock engine factory binds its gRPC gateway on all interfaces (random free port) and
 * offers no host setting; it lives only for the test.
 */
@ZeebeProcessTest
class PlatformSmokeCheckProcessTest {
  private static final Duration IDLE = Duration.ofSeconds(5);

  private ZeebeTestEngine engine;
  private ZeebeClient client;

  @BeforeEach
  void deploy() {
    client
        .newDeployResourceCommand()
        .addResourceBytes(
            ProcessCatalog.read(SmokeCheck.PROCESS), SmokeCheck.PROCESS.resourceName())
        .send()
        .join();
  }

  @Test
  void anEchoEqualToTheMessagePassesTheSmokeCheck() throws Exception {
    ProcessInstanceEvent instance = start("ping");

    complete(activateEchoJob(), Map.of(SmokeCheck.ECHO, "ping"));

    assertThat(instance)
        .hasPassedElementsInOrder(SmokeCheck.ECHO_TASK, SmokeCheck.PASSED_END)
        .isCompleted()
        .hasVariableWithValue(SmokeCheck.OUTCOME, "passed");
  }

  @Test
  void anEchoDifferentFromTheMessageTakesTheDefaultFlowAndFails() throws Exception {
    ProcessInstanceEvent instance = start("ping");

    complete(activateEchoJob(), Map.of(SmokeCheck.ECHO, "pong"));

    assertThat(instance)
        .hasPassedElement(SmokeCheck.FAILED_END)
        .hasNotPassedElement(SmokeCheck.PASSED_END)
        .isCompleted()
        .hasVariableWithValue(SmokeCheck.OUTCOME, "failed");
  }

  @Test
  void aRejectedProbeEndsThroughTheBpmnErrorBoundaryEvent() throws Exception {
    ProcessInstanceEvent instance = start(" ");

    ActivatedJob job = activateEchoJob();
    client
        .newThrowErrorCommand(job)
        .errorCode(SmokeCheck.ECHO_REJECTED_ERROR)
        .errorMessage("a smoke check needs a non-blank message")
        .send()
        .join();
    engine.waitForIdleState(IDLE);

    assertThat(instance)
        .hasPassedElement(SmokeCheck.REJECTED_END)
        .hasNotPassedElement(SmokeCheck.PASSED_END)
        .isCompleted()
        .hasVariableWithValue(SmokeCheck.OUTCOME, "rejected");
  }

  @Test
  void aTechnicalFailureWithoutRetriesLeftRaisesAnIncidentInsteadOfEnding() throws Exception {
    ProcessInstanceEvent instance = start("ping");

    ActivatedJob job = activateEchoJob();
    assertThat(job.getRetries()).isEqualTo(3);
    client.newFailCommand(job).retries(0).errorMessage("database down").send().join();
    engine.waitForIdleState(IDLE);

    assertThat(instance).isActive().hasAnyIncidents();
  }

  private ProcessInstanceEvent start(String message) throws Exception {
    ProcessInstanceEvent instance =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(SmokeCheck.PROCESS.processId())
            .latestVersion()
            .variables(Map.of(SmokeCheck.MESSAGE, message))
            .send()
            .join();
    engine.waitForIdleState(IDLE);
    return instance;
  }

  private ActivatedJob activateEchoJob() {
    List<ActivatedJob> jobs =
        client
            .newActivateJobsCommand()
            .jobType(SmokeCheck.ECHO_JOB)
            .maxJobsToActivate(1)
            .send()
            .join()
            .getJobs();
    assertThat(jobs).hasSize(1);
    return jobs.getFirst();
  }

  private void complete(ActivatedJob job, Map<String, Object> variables) throws Exception {
    client.newCompleteCommand(job).variables(variables).send().join();
    engine.waitForIdleState(IDLE);
  }
}
