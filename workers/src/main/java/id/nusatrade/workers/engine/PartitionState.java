package id.nusatrade.workers.engine;

/**
 * One partition replica on one broker.
 *
 * @param role LEADER, FOLLOWER or INACTIVE
 * @param health HEALTHY, UNHEALTHY or DEAD
 */
public record PartitionState(int partitionId, String role, String health) {
  boolean isHealthyLeader() {
    return "LEADER".equals(role) && "HEALTHY".equals(health);
  }
}
