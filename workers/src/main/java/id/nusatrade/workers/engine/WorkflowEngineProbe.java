package id.nusatrade.workers.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.BrokerInfo;
import io.camunda.client.api.response.PartitionInfo;
import io.camunda.client.api.response.Topology;
import java.time.Duration;

/**
 * Asks the gateway for the cluster topology. Never throws: an unreachable engine is a health
 * result, not an error, so a health endpoint can report it.
 */
public final class WorkflowEngineProbe {
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
