package id.nusatrade.workers;

import java.util.List;

/** What {@link WorkflowStartup} left running: the deployed processes and the open workers. */
public record RunningWorkflows(List<DeployedProcess> deployed, WorkerRegistry workers)
    implements AutoCloseable {
  public RunningWorkflows {
    deployed = List.copyOf(deployed);
  }

  /** Stops the workers; the caller still owns (and closes) the client. */
  @Override
  public void close() {
    workers.close();
  }
}
