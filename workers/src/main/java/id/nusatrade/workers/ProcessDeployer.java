package id.nusatrade.workers;

import id.nusatrade.processes.ProcessCatalog;
import id.nusatrade.processes.ProcessDefinition;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import io.camunda.client.api.response.DeploymentEvent;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Deploys every process of the catalog in one deployment at startup. Idempotent: the engine keeps
 * the current version of a resource whose content did not change, so deploying at every start only
 * creates a version when a BPMN file changed. Retries while the engine is still starting.
 */
public final class ProcessDeployer {
  private static final System.Logger LOG = System.getLogger(ProcessDeployer.class.getName());

  private final CamundaClient client;
  private final List<ProcessDefinition> processes;

  public ProcessDeployer(CamundaClient client, List<ProcessDefinition> processes) {
    if (processes.isEmpty()) {
      throw new IllegalArgumentException("nothing to deploy");
    }
    this.client = client;
    this.processes = List.copyOf(processes);
  }

  public static ProcessDeployer forCatalog(CamundaClient client) {
    return new ProcessDeployer(client, ProcessCatalog.all());
  }

  /**
   * Deploys, retrying engine errors (unavailable, resource exhausted) for up to {@code patience}.
   */
  public List<DeployedProcess> deployAll(Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    long backoffMillis = 200;
    while (true) {
      try {
        return deployOnce();
      } catch (ClientException e) {
        if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(backoffMillis) > deadline) {
          throw e;
        }
        LOG.log(Level.INFO, "engine not ready for deployment yet: " + e.getMessage());
        TimeUnit.MILLISECONDS.sleep(backoffMillis);
        backoffMillis = Math.min(backoffMillis * 2, 5_000);
      }
    }
  }

  private List<DeployedProcess> deployOnce() {
    DeployResourceCommandStep1 command = client.newDeployResourceCommand();
    DeployResourceCommandStep1.DeployResourceCommandStep2 withResources = null;
    for (ProcessDefinition process : processes) {
      byte[] bpmn = ProcessCatalog.read(process);
      withResources =
          withResources == null
              ? command.addResourceBytes(bpmn, process.resourceName())
              : withResources.addResourceBytes(bpmn, process.resourceName());
    }
    DeploymentEvent deployment = withResources.send().join();
    return deployment.getProcesses().stream()
        .map(
            p ->
                new DeployedProcess(
                    p.getBpmnProcessId(), p.getVersion(), p.getProcessDefinitionKey()))
        .toList();
  }
}
