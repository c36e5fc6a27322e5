package id.nusatrade.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventRoutingTest {
  private final EventRouting routing = EventRouting.defaults();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "market.tick.received, nusatrade.market.ticks, TOPIC",
    "market.bar.closed, nusatrade.market.bars, TOPIC",
    "market.indicator.updated, nusatrade.market.indicators, TOPIC",
    "trade.execution.reported, nusatrade.trading, TOPIC",
    "audit.user.login, nusatrade.audit, TOPIC",
    "workflow.trade.approval-requested, nusatrade.workflow, QUEUE",
    "signal.decided, nusatrade.signals, TOPIC",
  })
  void routesByTypePrefixAsInTheConventions(
      String type, String address, EventDestination.Kind kind) {
    assertThat(routing.destinationOf(type)).isEqualTo(new EventDestination(address, kind));
  }

  @ParameterizedTest
  @ValueSource(strings = {"signals.generated", "market.bars.closed", "auditing.x"})
  void failsFastForATypeWithoutRoute(String type) {
    assertThatThrownBy(() -> routing.destinationOf(type))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(type)
        .hasMessageContaining("known prefixes");
  }

  @Test
  void aLongerPrefixWinsOverAShorterOne() {
    EventDestination alerts = EventDestination.topic("nusatrade.market.alerts");
    EventRouting extended = routing.with("market.bar.alert", alerts);

    assertThat(extended.destinationOf("market.bar.alert.raised")).isEqualTo(alerts);
    assertThat(extended.destinationOf("market.bar.closed")).isEqualTo(EventRouting.MARKET_BARS);
  }
}
