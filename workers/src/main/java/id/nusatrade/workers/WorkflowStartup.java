package id.nusatrade.workers;

import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.platform.PlatformEcho;
import id.nusatrade.domain.platform.SmokeCheckReporter;
import id.nusatrade.processes.platform.SmokeCheck;
import id.nusatrade.workers.platform.EchoWorker;
import id.nusatrade.workers.platform.SmokeCheckReportWorker;
import io.camunda.client.CamundaClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * What an application does at startup for workflows: deploy the catalog, then open the workers of
 * every job type the catalog's processes use. The caller owns the client and closes the returned
 * {@link RunningWorkflows} at shutdown. New workers are registered in {@link #workers}.
 */
public final class WorkflowStartup {
  private WorkflowStartup() {}

  public static RunningWorkflows start(
      CamundaClient client, Clock clock, EventPublisher publisher, Duration deployPatience)
      throws InterruptedException {
    List<DeployedProcess> deployed = ProcessDeployer.forCatalog(client).deployAll(deployPatience);
    WorkerRegistry registry = workers(client, clock, publisher);
    registry.open();
    return new RunningWorkflows(deployed, registry);
  }

  /** Every worker of the catalog, registered but not open yet. */
  public static WorkerRegistry workers(
      CamundaClient client, Clock clock, EventPublisher publisher) {
    return new WorkerRegistry(client, RetryBackoff.defaults())
        .register(SmokeCheck.ECHO_JOB, new EchoWorker(new PlatformEcho(clock)))
        .register(
            SmokeCheck.REPORT_JOB,
            new SmokeCheckReportWorker(new SmokeCheckReporter(publisher, clock)));
  }
}
