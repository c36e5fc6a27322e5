package id.nusatrade.gateway;

import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.market.TickStore;
import id.nusatrade.gateway.bars.BarListener;
import id.nusatrade.gateway.events.DiscardingEventPublisher;
import id.nusatrade.gateway.pipeline.IngestProbe;
import id.nusatrade.gateway.pipeline.NullTickStore;
import id.nusatrade.gateway.terminal.TerminalDirectory;
import id.nusatrade.indicators.Indicator;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the gateway is plugged into. {@code indicators} builds one fresh indicator set per stream
 * and timeframe; {@code barListeners} are extra hooks on closed bars (for example the indicators
 * module's IndicatorSet), called on the market handler thread.
 */
public record GatewayPorts(
    TerminalDirectory directory,
    EventPublisher publisher,
    TickStore tickStore,
    Clock clock,
    Supplier<List<Indicator>> indicators,
    List<BarListener> barListeners,
    IngestProbe probe) {

  public static GatewayPorts of(TerminalDirectory directory) {
    return new GatewayPorts(
        directory,
        new DiscardingEventPublisher(),
        NullTickStore.INSTANCE,
        Clock.systemUTC(),
        List::of,
        List.of(),
        IngestProbe.NONE);
  }

  public GatewayPorts withPublisher(EventPublisher p) {
    return new GatewayPorts(directory, p, tickStore, clock, indicators, barListeners, probe);
  }

  public GatewayPorts withTickStore(TickStore s) {
    return new GatewayPorts(directory, publisher, s, clock, indicators, barListeners, probe);
  }

  public GatewayPorts withClock(Clock c) {
    return new GatewayPorts(directory, publisher, tickStore, c, indicators, barListeners, probe);
  }

  public GatewayPorts withIndicators(Supplier<List<Indicator>> f) {
    return new GatewayPorts(directory, publisher, tickStore, clock, f, barListeners, probe);
  }

  public GatewayPorts withBarListeners(List<BarListener> l) {
    return new GatewayPorts(directory, publisher, tickStore, clock, indicators, l, probe);
  }

  public GatewayPorts withProbe(IngestProbe p) {
    return new GatewayPorts(directory, publisher, tickStore, clock, indicators, barListeners, p);
  }
}
