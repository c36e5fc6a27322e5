package id.nusatrade.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurableSubscriptionTest {
  @Test
  void theDefaultTopologyHoldsExecutionReportsAndApprovalRequestsForTheirConsumers() {
    assertThat(EventBusTopology.defaults().subscriptions())
        .containsExactly(
            DurableSubscription.TRADING_EXECUTIONS, DurableSubscription.TRADE_APPROVAL_REQUESTS);
    assertThat(DurableSubscription.TRADE_APPROVAL_REQUESTS.queueName())
        .isEqualTo("workflow-trade-approval-requests");
    assertThat(DurableSubscription.TRADING_EXECUTIONS.topic().address())
        .isEqualTo("nusatrade.trading");
    assertThat(DurableSubscription.TRADING_EXECUTIONS.queueName())
        .isEqualTo("trading-engine-executions");
    assertThat(EventBusTopology.defaults().withRedelivery(1, Duration.ZERO).subscriptions())
        .containsExactly(
            DurableSubscription.TRADING_EXECUTIONS, DurableSubscription.TRADE_APPROVAL_REQUESTS);
  }

  @Test
  void aQueueOrANameArtemisWouldEscapeIsRefused() {
    assertThatThrownBy(() -> new DurableSubscription(EventRouting.WORKFLOW, "x"))
        .hasMessageContaining("nusatrade.workflow");
    assertThatThrownBy(() -> new DurableSubscription(EventRouting.TRADING, "a.b"))
        .hasMessageContaining("a.b");
  }
}
