package id.nusatrade.ui.market;

import static id.nusatrade.ui.support.DemoData.ETH_A;
import static id.nusatrade.ui.support.DemoData.TENANT_A;
import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.messaging.contract.BarClosed;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.PayloadCodec;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Payloads as the gateway writes them (mt5-gateway events.EventEnvelopes, the bus contract's
 * records, schema 1).
 */
class MarketPayloadsTest {
  static EventEnvelope event(String type, int version, String payload) {
    return new EventEnvelope(
        UUID.randomUUID(), TENANT_A, type, Instant.parse("2023-03-13T00:05:00Z"), version, payload);
  }

  @Test
  void reads_a_sampled_tick() {
    var e =
        event(
            "market.tick.sampled",
            1,
            "{\"account\":80001,\"symbol\":\"ETHUSD\",\"time\":1678665601000,"
                + "\"bid\":1595.25,\"ask\":1595.75,\"last\":0.0}");
    assertThat(MarketPayloads.decode(e))
        .contains(new MarketUpdate.TickSample(ETH_A, 1_678_665_601_000L, 1595.25, 1595.75));
  }

  @Test
  void reads_a_closed_bar() {
    var e =
        event(
            "market.bar.closed",
            1,
            "{\"account\":80001,\"symbol\":\"ETHUSD\",\"timeframe\":\"M5\",\"openTime\":1678665600000,"
                + "\"open\":1590.5,\"high\":1601.0,\"low\":1588.0,\"close\":1599.0,\"tickVolume\":4}");
    assertThat(MarketPayloads.decode(e))
        .contains(
            new MarketUpdate.ClosedBar(
                ETH_A,
                Timeframe.M5,
                new Candle(1_678_665_600_000L, 1590.5, 1601.0, 1588.0, 1599.0, 4)));
  }

  @Test
  void reads_the_bar_the_gateway_writes_with_the_bus_contract() {
    var sent =
        new PayloadCodec()
            .envelope(
                EventContracts.BAR_CLOSED,
                UUID.randomUUID(),
                TENANT_A,
                Instant.parse("2023-03-13T00:10:00Z"),
                new BarClosed(
                    80001,
                    "ETHUSD",
                    Timeframe.M5,
                    1_678_665_600_000L,
                    1590.5,
                    1601,
                    1588,
                    1599,
                    4));
    assertThat(MarketPayloads.decode(sent))
        .contains(
            new MarketUpdate.ClosedBar(
                ETH_A,
                Timeframe.M5,
                new Candle(1_678_665_600_000L, 1590.5, 1601.0, 1588.0, 1599.0, 4)));
  }

  @Test
  void ignores_other_types_unknown_versions_and_broken_payloads() {
    assertThat(MarketPayloads.decode(event("market.indicators.updated", 1, "{}"))).isEmpty();
    assertThat(MarketPayloads.decode(event("market.tick.sampled", 2, "{}"))).isEmpty();
    assertThat(MarketPayloads.decode(event("market.tick.sampled", 1, "{\"symbol\":1}"))).isEmpty();
    assertThat(MarketPayloads.decode(event("market.bar.closed", 1, "not json"))).isEmpty();
  }
}
