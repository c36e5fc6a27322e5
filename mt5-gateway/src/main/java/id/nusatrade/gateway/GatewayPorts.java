package id.nusatrade.gateway;

import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.market.TickStore;
import id.nusatrade.gateway.events.DiscardingEventPublisher;
import id.nusatrade.gateway.pipeline.IngestProbe;
import id.nusatrade.gateway.pipeline.NullTickStore;
import id.nusatrade.gateway.terminal.TerminalDirectory;
import id.nusatrade.market.bars.BarListener;
import java.time.Clock;
import java.util.List;

/**
 * What the gateway is plugged into. {@code barListeners} are extra hooks on closed bars, called on
 * the market handler thread (which indicators to compute is configuration: {@link
 * GatewayConfig#indicators()}).
 */
public record GatewayPorts(
    TerminalDirectory directory,
    EventPublisher publisher,
    TickStore tickStore,
    Clock clock,
    List<BarListener> barListeners,
    IngestProbe probe) {

  public static GatewayPorts of(TerminalDirectory directory) {
    return new GatewayPorts(
        directory,
        new DiscardingEventPublisher(),
        NullTickStore.INSTANCE,
        Clock.systemUTC(),
        List.of(),
        IngestProbe.NONE);
  }

  public GatewayPorts withPublisher(EventPublisher p) {
    return new GatewayPorts(directory, p, tickStore, clock, barListeners, probe);
  }

  public GatewayPorts withTickStore(TickStore s) {
    return new GatewayPorts(directory, publisher, s, clock, barListeners, probe);
  }

  public GatewayPorts withClock(Clock c) {
    return new GatewayPorts(directory, publisher, tickStore, c, barListeners, probe);
  }

  public GatewayPorts withBarListeners(List<BarListener> l) {
    return new GatewayPorts(directory, publisher, tickStore, clock, l, probe);
  }

  public GatewayPorts withProbe(IngestProbe p) {
    return new GatewayPorts(directory, publisher, tickStore, clock, barListeners, p);
  }
}
