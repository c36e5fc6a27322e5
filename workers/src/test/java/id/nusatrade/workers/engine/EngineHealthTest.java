package id.nusatrade.workers.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EngineHealthTest {
  private static BrokerState broker(int node, PartitionState... partitions) {
    return new BrokerState(node, "127.0.0.1:2650" + node, "8.6.0", List.of(partitions));
  }

  @Test
  void upWhenEveryPartitionHasAHealthyLeader() {
    EngineHealth health =
        EngineHealth.of(
            2,
            2,
            2,
            "8.6.0",
            List.of(
                broker(
                    0,
                    new PartitionState(1, "LEADER", "HEALTHY"),
                    new PartitionState(2, "FOLLOWER", "HEALTHY")),
                broker(
                    1,
                    new PartitionState(1, "FOLLOWER", "HEALTHY"),
                    new PartitionState(2, "LEADER", "HEALTHY"))));

    assertThat(health.up()).isTrue();
    assertThat(health.problem()).isNull();
  }

  @Test
  void downAndNamesThePartitionWhoseLeaderIsUnhealthy() {
    EngineHealth health =
        EngineHealth.of(
            1,
            2,
            1,
            "8.6.0",
            List.of(
                broker(
                    0,
                    new PartitionState(1, "LEADER", "HEALTHY"),
                    new PartitionState(2, "LEADER", "UNHEALTHY"))));

    assertThat(health.up()).isFalse();
    assertThat(health.problem()).isEqualTo("partitions without a healthy leader: [2]");
  }

  @Test
  void downWhenTheClusterReportsNoPartitionsYet() {
    assertThat(EngineHealth.of(1, 0, 1, "8.6.0", List.of()).up()).isFalse();
  }
}
