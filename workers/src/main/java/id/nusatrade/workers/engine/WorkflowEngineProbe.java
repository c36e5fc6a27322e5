package id.nusatrade.workers.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.BrokerInfo;
import io.camunda.client.api.response.PartitionInfo;
import io.camunda.client.api.response.Topology;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Asks the gateway for the cluster topology. Never throws: an unreachable engine is a health
 * result, not an error, so a health endpoint can report it.
 */
public final class WorkflowEngineProbe {
  private static final long POLL_MILLIS = 250;
  private final CamundaClient client;
  private final Duration timeout;

  public WorkflowEngineProbe(CamundaClient client, Duration timeout) {
    this.client = client;
    this.timeout = timeout;
  }

  public EngineHealth check() {
    try {
      Topology topology = client.newTopologyRequest().requestTimeout(timeout).send().join();
      return EngineHealth.of(
          topology.getClusterSize(),
          topology.getPartitionsCount(),
          topology.getReplicationFactor(),
          topology.getGatewayVersion(),
          topology.getBrokers().stream().map(WorkflowEngineProbe::broker).toList());
    } catch (RuntimeException e) {
      return EngineHealth.unreachable("gateway did not answer: " + e.getMessage());
    }
  }

  /**
   * Polls {@link #check()} until the engine is up or {@code patience} has passed (for a process
   * that just started the broker); returns the last answer, which is down when it never came up.
   */
  public EngineHealth awaitUp(Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    EngineHealth health = check();
    while (!health.up() && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
      health = check();
    }
    return health;
  }

  private static BrokerState broker(BrokerInfo info) {
    return new BrokerState(
        info.getNodeId(),
        info.getAddress(),
        info.getVersion(),
        info.getPartitions().stream().map(WorkflowEngineProbe::partition).toList());
  }

  private static PartitionState partition(PartitionInfo info) {
    return new PartitionState(
        info.getPartitionId(), String.valueOf(info.getRole()), String.valueOf(info.getHealth()));
  }
}
