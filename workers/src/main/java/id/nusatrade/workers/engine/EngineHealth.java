package id.nusatrade.workers.engine;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The engine as a health check reports it. Up means: the gateway answered and every partition has a
 * healthy leader (a partition without one cannot start or advance process instances).
 *
 * @param problem why it is down, null when up
 */
public record EngineHealth(
    boolean up,
    int clusterSize,
    int partitionsCount,
    int replicationFactor,
    String gatewayVersion,
    List<BrokerState> brokers,
    String problem) {

  public EngineHealth {
    brokers = List.copyOf(brokers);
  }

  public static EngineHealth of(
      int clusterSize,
      int partitionsCount,
      int replicationFactor,
      String gatewayVersion,
      List<BrokerState> brokers) {
    List<Integer> leaderless =
        IntStream.rangeClosed(1, partitionsCount)
            .filter(id -> !hasHealthyLeader(brokers, id))
            .boxed()
            .toList();
    boolean up = partitionsCount > 0 && leaderless.isEmpty();
    String problem =
        up
            ? null
            : "partitions without a healthy leader: " + (partitionsCount == 0 ? "all" : leaderless);
    return new EngineHealth(
        up, clusterSize, partitionsCount, replicationFactor, gatewayVersion, brokers, problem);
  }

  public static EngineHealth unreachable(String problem) {
    return new EngineHealth(false, 0, 0, 0, null, List.of(), problem);
  }

  private static boolean hasHealthyLeader(List<BrokerState> brokers, int partitionId) {
    return brokers.stream()
        .flatMap(broker -> broker.partitions().stream())
        .anyMatch(p -> p.partitionId() == partitionId && p.isHealthyLeader());
  }
}
