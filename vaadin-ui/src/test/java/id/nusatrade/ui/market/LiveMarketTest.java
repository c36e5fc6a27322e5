package id.nusatrade.ui.market;

import static id.nusatrade.ui.support.DemoData.ETH_A;
import static id.nusatrade.ui.support.DemoData.ETH_B;
import static id.nusatrade.ui.support.DemoData.TENANT_A;
import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.market.FeedId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveMarketTest {
  final LiveMarket market = new LiveMarket();
  final List<MarketUpdate> seenByA = new ArrayList<>();

  @Test
  void a_chart_sees_only_its_own_feeds_updates_until_closed() throws Exception {
    AutoCloseable watch = market.watch(ETH_A, seenByA::add);
    var mine = new MarketUpdate.TickSample(ETH_A, 1, 10, 11);
    market.publish(mine);
    market.publish(new MarketUpdate.TickSample(ETH_B, 2, 10, 11));
    market.publish(new MarketUpdate.TickSample(new FeedId(TENANT_A, 80001, "BTCUSD"), 3, 10, 11));
    market.publish(new MarketUpdate.TickSample(new FeedId(TENANT_A, 80002, "ETHUSD"), 3, 10, 11));
    watch.close();
    market.publish(new MarketUpdate.TickSample(ETH_A, 4, 10, 11));

    assertThat(seenByA).containsExactly(mine);
    assertThat(market.watching()).isZero();
  }

  @Test
  void a_chart_without_a_known_feed_sees_any_of_its_tenants_terminals_but_no_other_tenant() {
    market.watch(TENANT_A, "ETHUSD", seenByA::add);
    var second = new MarketUpdate.TickSample(new FeedId(TENANT_A, 80002, "ETHUSD"), 1, 10, 11);
    market.publish(second);
    market.publish(new MarketUpdate.TickSample(ETH_B, 2, 10, 11));

    assertThat(seenByA).containsExactly(second);
  }

  @Test
  void a_failing_chart_does_not_stop_the_others() {
    market.watch(
        ETH_A,
        u -> {
          throw new IllegalStateException("UI detached");
        });
    market.watch(ETH_A, seenByA::add);
    market.publish(new MarketUpdate.TickSample(ETH_A, 1, 10, 11));
    assertThat(seenByA).hasSize(1);
  }
}
