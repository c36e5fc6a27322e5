package id.nusatrade.gateway;

import com.lmax.disruptor.RingBuffer;
import id.nusatrade.gateway.bars.BarAggregator;
import id.nusatrade.gateway.bars.BarListener;
import id.nusatrade.gateway.bars.IndicatorBank;
import id.nusatrade.gateway.bars.IndicatorSpecs;
import id.nusatrade.gateway.events.EventPublishing;
import id.nusatrade.gateway.events.EventRing;
import id.nusatrade.gateway.events.EventSlot;
import id.nusatrade.gateway.events.MarketEvents;
import id.nusatrade.gateway.journal.JournalRecovery;
import id.nusatrade.gateway.journal.JournalWriter;
import id.nusatrade.gateway.net.GatewayStats;
import id.nusatrade.gateway.net.SocketLoop;
import id.nusatrade.gateway.pipeline.IngestPipeline;
import id.nusatrade.gateway.pipeline.JournalHandler;
import id.nusatrade.gateway.pipeline.MarketHandler;
import id.nusatrade.gateway.pipeline.NullTickStore;
import id.nusatrade.gateway.pipeline.StorageHandler;
import id.nusatrade.gateway.pipeline.StreamRegistry;
import id.nusatrade.gateway.protocol.OrderCommand;
import id.nusatrade.gateway.terminal.Authenticator;
import id.nusatrade.gateway.terminal.TerminalKey;
import id.nusatrade.gateway.validation.RejectLog;
import id.nusatrade.gateway.validation.TickValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The MT5 gateway, usable in-process: {@link #start} binds, rebuilds terminals, sequences and
 * market state (bars, indicators) from the journal, and starts the socket thread, the ring handlers
 * and the event publisher; {@link #stop} drains and closes.
 */
public final class Gateway implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Gateway.class.getName());

  /** Events (not ticks) waiting for the bus; when full, further events are dropped and counted. */
  static final int EVENT_RING_SIZE = 1 << 14;

  /** Largest publishBatch call: one bus transaction stays small even after the bus was slow. */
  static final int MAX_EVENT_BATCH = 1000;

  private final GatewayPorts ports;
  private SocketLoop loop;
  private Thread loopThread;
  private IngestPipeline pipeline;
  private JournalWriter journal;
  private MarketHandler market;
  private MarketEvents events;
  private EventPublishing publishing;
  private EventRing eventRing;
  private RejectLog rejects;
  private StorageHandler storage;
  private GatewayStats stats;
  private long ticksReplayed;

  public Gateway(GatewayPorts ports) {
    this.ports = ports;
  }

  public synchronized Gateway start(GatewayConfig config) throws IOException {
    StreamRegistry registry =
        new StreamRegistry(config.maxTerminals(), config.maxStreams(), Map.of());
    loop = new SocketLoop(config);
    stats = loop.stats();
    publishing = new EventPublishing(ports.publisher(), registry, MAX_EVENT_BATCH);
    eventRing = new EventRing(EVENT_RING_SIZE, config.indicators().maxWidth(), publishing);
    market = marketHandler(config, registry, eventRing.start());
    if (config.journalDir() != null) {
      ticksReplayed = rebuildFromJournal(config.journalDir(), registry);
    }
    journal =
        config.journalDir() == null
            ? null
            : new JournalWriter(
                config.journalDir(),
                registry,
                config.journalSegmentBytes(),
                config.journalRetainSegments());
    storage =
        ports.tickStore() == NullTickStore.INSTANCE
            ? null
            : new StorageHandler(registry, ports.tickStore());
    pipeline =
        new IngestPipeline(
            config.ringSize(),
            config.waitStrategy(),
            market,
            new JournalHandler(registry, journal, loop::wakeup),
            storage);
    loop.attach(pipeline.start(), registry, new Authenticator(ports.directory()));
    loopThread = new Thread(loop, "gateway-socket");
    loopThread.start();
    return this;
  }

  private MarketHandler marketHandler(
      GatewayConfig config, StreamRegistry registry, RingBuffer<EventSlot> eventSlots) {
    int streams = config.maxStreams();
    events = new MarketEvents(eventSlots, ports.clock(), config.rejectEventsPerSecond(), streams);
    rejects = new RejectLog(config.rejectLogCapacity());
    List<BarListener> listeners = new ArrayList<>();
    IndicatorSpecs specs = config.indicators();
    listeners.add(
        new IndicatorBank(
            streams, s -> specs.create(registry.terminalOfStream(s).tenant()), events));
    listeners.addAll(ports.barListeners());
    listeners.add(events);
    return new MarketHandler(
        registry,
        new TickValidator(config.validation(), ports.clock(), streams),
        rejects,
        new BarAggregator(streams, listeners),
        events,
        ports.probe(),
        config.tickSample().toMillis());
  }

  /**
   * Terminals, streams, sequences and market state (validator, open bars, indicator sets) from the
   * retained journal, before the writer opens a new segment and before any EA is served.
   */
  private long rebuildFromJournal(Path dir, StreamRegistry registry) {
    long started = System.nanoTime();
    market.replaying(true);
    try {
      long ticks = JournalRecovery.recover(dir, registry, market::replayTick);
      LOG.info(
          () ->
              String.format(
                  "rebuilt market state from %,d journaled ticks in %,d ms",
                  ticks, (System.nanoTime() - started) / 1_000_000));
      return ticks;
    } finally {
      market.replaying(false);
    }
  }

  public int port() {
    return loop.port();
  }

  public GatewayStats stats() {
    return stats;
  }

  public RejectLog rejects() {
    return rejects;
  }

  /** Ticks that passed validation and reached bars and indicators. */
  public long ticksAccepted() {
    return market.accepted();
  }

  public long eventsPublished() {
    return publishing.published();
  }

  /** Whether a tick store is attached (else storage figures stay 0). */
  public boolean storesTicks() {
    return storage != null;
  }

  /** Every counter of the running gateway, for health and metrics endpoints. */
  public GatewayCounters counters() {
    GatewayStats s = stats;
    return new GatewayCounters(
        s.connectionsAccepted(),
        s.authFailures(),
        s.protocolErrors(),
        s.ticksReceived(),
        s.duplicatesDropped(),
        s.backpressurePauses(),
        market.accepted(),
        rejects.total(),
        rejects.counts(),
        events.rejectEventsSuppressed(),
        s.executionReports(),
        publishing.published(),
        publishing.failedBatches(),
        events.dropped(),
        pipeline.handlerErrors(),
        storage == null ? 0 : storage.failedBatches(),
        ticksReplayed,
        s.openConnections(),
        pipeline.fill(),
        pipeline.capacity(),
        eventRing.fill(),
        eventRing.handlerErrors(),
        storage == null ? 0 : storage.lastFlushMillis(),
        storage == null ? 0 : storage.failures().lastFailureMillis(),
        storage == null ? "" : storage.failures().lastCause());
  }

  /** Queues an ORDER for a terminal; resent after reconnect until the EA acknowledges it. */
  public void sendOrder(TerminalKey terminal, OrderCommand command) {
    loop.sendOrder(terminal, command);
  }

  public synchronized void stop() {
    if (loop == null) {
      return;
    }
    loop.stop();
    try {
      loopThread.join(10_000);
      pipeline.stop();
      eventRing.stop(); // after the market handler's last batch put its events on the ring
      if (journal != null) {
        journal.close();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      loop = null;
    }
  }

  @Override
  public void close() {
    stop();
  }
}
