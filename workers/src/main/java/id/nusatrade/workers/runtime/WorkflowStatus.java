package id.nusatrade.workers.runtime;

import id.nusatrade.workers.DeployedProcess;
import java.util.List;

/**
 * Where the workflow startup is: processes deployed, workers open, the relays from the bus to the
 * engine (workflow messages, trade-approval requests) consuming. Ready when all three are done.
 *
 * @param failedAttempts startup attempts that failed so far (engine or broker not there yet)
 * @param problem the last attempt's failure, null when ready or before any failure
 */
public record WorkflowStatus(
    List<DeployedProcess> deployed,
    List<String> jobTypes,
    boolean relayConsuming,
    int failedAttempts,
    String problem) {
  public WorkflowStatus {
    deployed = List.copyOf(deployed);
    jobTypes = List.copyOf(jobTypes);
  }

  public boolean ready() {
    return !deployed.isEmpty() && !jobTypes.isEmpty() && relayConsuming;
  }
}
