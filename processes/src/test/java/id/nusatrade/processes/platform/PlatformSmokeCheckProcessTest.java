package id.nusatrade.processes.platform;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.processes.ProcessCatalog;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
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

    complete(activateJob(SmokeCheck.ECHO_JOB), Map.of(SmokeCheck.ECHO, "ping"));
    complete(activateJob(SmokeCheck.REPORT_JOB), Map.of());

    assertThat(instance)
        .hasPassedElementsInOrder(
            SmokeCheck.ECHO_TASK,
            SmokeCheck.PASSED,
            SmokeCheck.REPORT_TASK,
            SmokeCheck.REPORTED_END)
        .isCompleted()
        .hasVariableWithValue(SmokeCheck.OUTCOME, "passed");
  }

  @Test
  void anEchoDifferentFromTheMessageTakesTheDefaultFlowAndFails() throws Exception {
    ProcessInstanceEvent instance = start("ping");

    complete(activateJob(SmokeCheck.ECHO_JOB), Map.of(SmokeCheck.ECHO, "pong"));
    complete(activateJob(SmokeCheck.REPORT_JOB), Map.of());

    assertThat(instance)
        .hasPassedElement(SmokeCheck.FAILED)
        .hasNotPassedElement(SmokeCheck.PASSED)
        .isCompleted()
        .hasVariableWithValue(SmokeCheck.OUTCOME, "failed");
  }

  @Test
  void aRejectedProbeEndsThroughTheBpmnErrorBoundaryEvent() throws Exception {
    ProcessInstanceEvent instance = start(" ");

    ActivatedJob job = activateJob(SmokeCheck.ECHO_JOB);
    client
        .newThrowErrorCommand(job)
        .errorCode(SmokeCheck.ECHO_REJECTED_ERROR)
        .errorMessage("a smoke check needs a non-blank message")
        .send()
        .join();
    engine.waitForIdleState(IDLE);
    complete(activateJob(SmokeCheck.REPORT_JOB), Map.of());

    assertThat(instance)
        .hasPassedElement(SmokeCheck.REJECTED)
        .hasNotPassedElement(SmokeCheck.PASSED)
        .isCompleted()
        .hasVariableWithValue(SmokeCheck.OUTCOME, "rejected");
  }

  @Test
  void aTechnicalFailureWithoutRetriesLeftRaisesAnIncidentInsteadOfEnding() throws Exception {
    ProcessInstanceEvent instance = start("ping");

    ActivatedJob job = activateJob(SmokeCheck.ECHO_JOB);
    assertThat(job.getRetries()).isEqualTo(3);
    client.newFailCommand(job).retries(0).errorMessage("database down").send().join();
    engine.waitForIdleState(IDLE);

    assertThat(instance).isActive().hasAnyIncidents();
  }

  @Test
  void theRequestedMessageStartsACheckThatCarriesTheRequesterToTheReportTask() throws Exception {
    client
        .newPublishMessageCommand()
        .messageName(SmokeCheck.REQUESTED_MESSAGE)
        .correlationKey("req-1")
        .messageId("6f1c7f2e-3b9a-4c1d-9e8f-0a1b2c3d4e5f")
        .variables(
            Map.of(
                SmokeCheck.MESSAGE, "ping",
                SmokeCheck.REQUEST_ID, "req-1",
                SmokeCheck.TENANT_ID, "11111111-1111-1111-1111-111111111111"))
        .send()
        .join();
    engine.waitForIdleState(IDLE);

    ActivatedJob echo = activateJob(SmokeCheck.ECHO_JOB);
    assertThat(echo.getVariablesAsMap()).containsEntry(SmokeCheck.MESSAGE, "ping");
    complete(echo, Map.of(SmokeCheck.ECHO, "ping"));
    ActivatedJob report = activateJob(SmokeCheck.REPORT_JOB);

    assertThat(report.getVariablesAsMap())
        .containsEntry(SmokeCheck.OUTCOME, "passed")
        .containsEntry(SmokeCheck.REQUEST_ID, "req-1")
        .containsEntry(SmokeCheck.TENANT_ID, "11111111-1111-1111-1111-111111111111");
    assertThat(report.getRetries()).isEqualTo(5);
    complete(report, Map.of());
    assertThat(new InspectedProcessInstance(report.getProcessInstanceKey()))
        .hasPassedElementsInOrder(SmokeCheck.EVENT_START, SmokeCheck.ECHO_TASK)
        .isCompleted();
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

  private ActivatedJob activateJob(String jobType) {
    List<ActivatedJob> jobs =
        client
            .newActivateJobsCommand()
            .jobType(jobType)
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
