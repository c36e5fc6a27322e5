package id.nusatrade.ui.market;

import static id.nusatrade.ui.support.DemoData.TENANT_A;
import static id.nusatrade.ui.support.DemoData.TENANT_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveMarketTest {
  final LiveMarket market = new LiveMarket();
  final List<MarketUpdate> seenByA = new ArrayList<>();

  @Test
  void a_chart_sees_only_its_own_tenants_updates_of_its_symbol_until_closed() throws Exception {
    AutoCloseable watch = market.watch(TENANT_A, "ETHUSD", seenByA::add);
    var mine = new MarketUpdate.TickSample(TENANT_A, "ETHUSD", 1, 10, 11);
    market.publish(mine);
    market.publish(new MarketUpdate.TickSample(TENANT_B, "ETHUSD", 2, 10, 11));
    market.publish(new MarketUpdate.TickSample(TENANT_A, "BTCUSD", 3, 10, 11));
    watch.close();
    market.publish(new MarketUpdate.TickSample(TENANT_A, "ETHUSD", 4, 10, 11));

    assertThat(seenByA).containsExactly(mine);
    assertThat(market.watching()).isZero();
  }

  @Test
  void a_failing_chart_does_not_stop_the_others() {
    market.watch(
        TENANT_A,
        "ETHUSD",
        u -> {
          throw new IllegalStateException("UI detached");
        });
    market.watch(TENANT_A, "ETHUSD", seenByA::add);
    market.publish(new MarketUpdate.TickSample(TENANT_A, "ETHUSD", 1, 10, 11));
    assertThat(seenByA).hasSize(1);
  }
}
