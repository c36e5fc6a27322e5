package id.nusatrade.workers;

import id.nusatrade.domain.platform.PlatformEcho;
import id.nusatrade.processes.platform.SmokeCheck;
import id.nusatrade.workers.platform.EchoWorker;
import io.camunda.client.CamundaClient;
import java.time.Clock;
import java.time.Duration;

/**
 * What an application does at startup for workflows: deploy the catalog, then open the workers of
 * every job type the catalog's processes use. The caller owns the client and closes the returned
 * registry at shutdown. New workers are registered here.
 */
public final class WorkflowStartup {
  private WorkflowStartup() {}

  public static WorkerRegistry start(CamundaClient client, Clock clock, Duration deployPatience)
      throws InterruptedException {
    ProcessDeployer.forCatalog(client).deployAll(deployPatience);
    WorkerRegistry registry =
        new WorkerRegistry(client, RetryBackoff.defaults())
            .register(SmokeCheck.ECHO_JOB, new EchoWorker(new PlatformEcho(clock)));
    registry.open();
    return registry;
  }
}
