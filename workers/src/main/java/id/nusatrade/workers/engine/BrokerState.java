package id.nusatrade.workers.engine;

import java.util.List;

/** One broker of the cluster and the partitions it hosts. */
public record BrokerState(
    int nodeId, String address, String version, List<PartitionState> partitions) {
  public BrokerState {
    partitions = List.copyOf(partitions);
  }
}
