package id.nusatrade.processes;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Drives processes on the in-process engine the way workers and officers would: activate a job of a
 * type, complete it or throw a BPMN error, publish a message, travel in time. Every step waits for
 * the engine to be idle, so the next assertion sees its effect.
 */
public final class ProcessDriver {
  private static final Duration IDLE = Duration.ofSeconds(10);

  private final ZeebeTestEngine engine;
  private final ZeebeClient client;

  public ProcessDriver(ZeebeTestEngine engine, ZeebeClient client) {
    this.engine = engine;
    this.client = client;
  }

  /** Deploys every catalogued process, as the application does at startup. */
  public ProcessDriver deployCatalog() {
    var deploy = client.newDeployResourceCommand();
    var first = ProcessCatalog.all().getFirst();
    var step = deploy.addResourceBytes(ProcessCatalog.read(first), first.resourceName());
    for (ProcessDefinition process : ProcessCatalog.all().subList(1, ProcessCatalog.all().size())) {
      step = step.addResourceBytes(ProcessCatalog.read(process), process.resourceName());
    }
    // the first deploy of a cold engine can take longer than the client's default 10 s on a busy
    // machine (seen at load 25 on 2 cores)
    step.requestTimeout(Duration.ofSeconds(60)).send().join();
    return this;
  }

  public ProcessInstanceEvent start(ProcessDefinition process, Map<String, Object> variables) {
    ProcessInstanceEvent instance =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(process.processId())
            .latestVersion()
            .variables(variables)
            .send()
            .join();
    idle();
    return instance;
  }

  public void publish(String messageName, String correlationKey, Map<String, Object> variables) {
    client
        .newPublishMessageCommand()
        .messageName(messageName)
        .correlationKey(correlationKey)
        .messageId(UUID.randomUUID().toString())
        .variables(variables)
        .send()
        .join();
    idle();
  }

  /** The one job of this type the engine has open; fails when there is none or several. */
  public ActivatedJob job(String jobType) {
    List<ActivatedJob> jobs = jobs(jobType);
    assertThat(jobs).as("open jobs of type %s", jobType).hasSize(1);
    return jobs.getFirst();
  }

  public List<ActivatedJob> jobs(String jobType) {
    return client
        .newActivateJobsCommand()
        .jobType(jobType)
        .maxJobsToActivate(10)
        .timeout(Duration.ofSeconds(1))
        .send()
        .join()
        .getJobs();
  }

  /** Activates the one job of this type and completes it with the variables. */
  public ActivatedJob complete(String jobType, Map<String, Object> variables) {
    ActivatedJob job = job(jobType);
    complete(job, variables);
    return job;
  }

  public void complete(ActivatedJob job, Map<String, Object> variables) {
    client.newCompleteCommand(job).variables(variables).send().join();
    idle();
  }

  public void throwError(String jobType, String errorCode, String message) {
    client
        .newThrowErrorCommand(job(jobType))
        .errorCode(errorCode)
        .errorMessage(message)
        .send()
        .join();
    idle();
  }

  /** Moves the engine's clock; due timers fire. */
  public void travel(Duration duration) {
    engine.increaseTime(duration);
    idle();
  }

  private void idle() {
    try {
      engine.waitForIdleState(IDLE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("engine not idle after " + IDLE, e);
    }
  }
}
