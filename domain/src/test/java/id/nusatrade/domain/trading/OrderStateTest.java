package id.nusatrade.domain.trading;

import static id.nusatrade.domain.trading.OrderState.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderStateTest {
  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
    "NEW, SENT, true",
    "NEW, PENDING_APPROVAL, true",
    "NEW, REJECTED, true",
    "NEW, FILLED, false",
    "NEW, ACCEPTED, false",
    "PENDING_APPROVAL, SENT, true",
    "PENDING_APPROVAL, FILLED, false",
    "SENT, ACCEPTED, true",
    "SENT, FILLED, true",
    "SENT, NEW, false",
    "ACCEPTED, PARTIALLY_FILLED, true",
    "ACCEPTED, REJECTED, false",
    "ACCEPTED, SENT, false",
    "PARTIALLY_FILLED, PARTIALLY_FILLED, true",
    "PARTIALLY_FILLED, CANCELLED, true",
    "PARTIALLY_FILLED, ACCEPTED, false",
    "FILLED, CANCELLED, false",
    "FILLED, FILLED, false",
    "CANCELLED, FILLED, false",
    "REJECTED, SENT, false",
    "EXPIRED, ACCEPTED, false"
  })
  void transitions(OrderState from, OrderState to, boolean allowed) {
    assertThat(from.canMoveTo(to)).isEqualTo(allowed);
  }

  @ParameterizedTest
  @CsvSource({
    "FILLED, true",
    "REJECTED, true",
    "CANCELLED, true",
    "EXPIRED, true",
    "NEW, false",
    "SENT, false",
    "PARTIALLY_FILLED, false"
  })
  void terminalStates(OrderState state, boolean terminal) {
    assertThat(state.terminal()).isEqualTo(terminal);
  }
}
