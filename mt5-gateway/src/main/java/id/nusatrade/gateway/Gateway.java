package id.nusatrade.gateway;

import com.lmax.disruptor.RingBuffer;
import id.nusatrade.gateway.events.EventPublishing;
import id.nusatrade.gateway.events.EventRing;
import id.nusatrade.gateway.events.EventSlot;
import id.nusatrade.gateway.events.MarketEvents;
import id.nusatrade.gateway.journal.ExecutionOutbox;
import id.nusatrade.gateway.journal.JournalChannels;
import id.nusatrade.gateway.journal.JournalRecovery;
import id.nusatrade.gateway.journal.JournalWriter;
import id.nusatrade.gateway.net.GatewayStats;
import id.nusatrade.gateway.net.SocketLoop;
import id.nusatrade.gateway.orders.SentOrders;
import id.nusatrade.gateway.pipeline.IngestPipeline;
import id.nusatrade.gateway.pipeline.JournalHandler;
import id.nusatrade.gateway.pipeline.MarketHandler;
import id.nusatrade.gateway.pipeline.NullTickStore;
import id.nusatrade.gateway.pipeline.StorageHandler;
import id.nusatrade.gateway.pipeline.StreamRegistry;
import id.nusatrade.gateway.pipeline.TickSlot;
import id.nusatrade.gateway.protocol.OrderCommand;
import id.nusatrade.gateway.terminal.Authenticator;
import id.nusatrade.gateway.terminal.TerminalKey;
import id.nusatrade.market.bars.BarAggregator;
import id.nusatrade.market.bars.BarListener;
import id.nusatrade.market.bars.ClosedBarLog;
import id.nusatrade.market.bars.IndicatorBank;
import id.nusatrade.market.bars.IndicatorListener;
import id.nusatrade.market.bars.IndicatorSpecs;
import id.nusatrade.market.validation.RejectLog;
import id.nusatrade.market.validation.TickValidator;
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

  /** Closed bars between the market and storage handlers (see {@link ClosedBarLog}). */
  static final int CLOSED_BAR_LOG_SIZE = 1 << 14;

  /** Journaled ticks per tick-store flush while the store catches up at startup. */
  static final int CATCH_UP_BATCH = 10_000;

  private final GatewayPorts ports;
  private SocketLoop loop;
  private Thread loopThread;
  private IngestPipeline pipeline;
  private JournalWriter journal;
  private JournalHandler journalHandler;
  private ExecutionOutbox executions;
  private SentOrders sentOrders;
  private JournalChannels journalFiles = JournalChannels.FILES;
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

  /** The file system the journal writes through (tests: a disk that fails on demand). */
  Gateway journalFiles(JournalChannels files) {
    this.journalFiles = files;
    return this;
  }

  public synchronized Gateway start(GatewayConfig config) throws IOException {
    StreamRegistry registry =
        new StreamRegistry(config.maxTerminals(), config.maxStreams(), Map.of());
    loop = new SocketLoop(config);
    stats = loop.stats();
    publishing = new EventPublishing(ports.publisher(), registry, MAX_EVENT_BATCH);
    eventRing = new EventRing(EVENT_RING_SIZE, config.indicators().maxWidth(), publishing);
    boolean storing = ports.tickStore() != NullTickStore.INSTANCE;
    ClosedBarLog closedBars =
        storing
            ? new ClosedBarLog(CLOSED_BAR_LOG_SIZE, config.indicators().maxWidth())
            : ClosedBarLog.disabled();
    market = marketHandler(config, registry, eventRing.start(), closedBars);
    storage = storing ? new StorageHandler(registry, ports.tickStore(), closedBars) : null;
    executions =
        new ExecutionOutbox(
            config.journalDir(), ports.publisher(), ports.clock(), ExecutionOutbox.BACKOFF);
    if (config.journalDir() != null) {
      ticksReplayed = rebuildFromJournal(config.journalDir(), registry);
    }
    executions.start();
    journal =
        config.journalDir() == null
            ? null
            : new JournalWriter(
                config.journalDir(),
                registry,
                config.journalSegmentBytes(),
                config.journalRetainSegments(),
                journalFiles);
    journalHandler = new JournalHandler(registry, journal, loop::wakeup);
    journalHandler.executionsTo(executions);
    loop.refuseTerminalsWhile(journalHandler::failing);
    pipeline =
        new IngestPipeline(
            config.ringSize(), config.waitStrategy(), market, journalHandler, storage);
    loop.attach(pipeline.start(), registry, new Authenticator(ports.directory()));
    sentOrders = SentOrders.open(config.journalDir());
    loop.onOrdersAcked(sentOrders::acked);
    // queued before the socket thread runs: unacknowledged ORDERs wait for their terminal's HELLO
    sentOrders.unacked().forEach((key, orders) -> orders.forEach(o -> loop.sendOrder(key, o)));
    loopThread = new Thread(loop, "gateway-socket");
    loopThread.start();
    return this;
  }

  private MarketHandler marketHandler(
      GatewayConfig config,
      StreamRegistry registry,
      RingBuffer<EventSlot> eventSlots,
      ClosedBarLog closedBars) {
    int streams = config.maxStreams();
    events = new MarketEvents(eventSlots, ports.clock(), config.rejectEventsPerSecond(), streams);
    rejects = new RejectLog(config.rejectLogCapacity());
    List<BarListener> listeners = new ArrayList<>();
    IndicatorSpecs specs = config.indicators();
    // the log first: the bank's snapshot of a bar then lands on the entry just logged
    listeners.add(closedBars);
    IndicatorListener toEventsAndStorage =
        (s, tf, openTime, columns, set) -> {
          events.indicatorsUpdated(s, tf, openTime, columns, set);
          closedBars.indicatorsUpdated(s, tf, openTime, columns, set);
        };
    listeners.add(
        new IndicatorBank(
            streams,
            s -> specs.create(registry.terminalOfStream(s).tenant()),
            s -> config.sessions().of(registry.symbol(s)),
            toEventsAndStorage));
    listeners.addAll(ports.barListeners());
    listeners.add(events);
    return new MarketHandler(
        registry,
        new TickValidator(config.validation(), ports.clock(), streams),
        rejects,
        new BarAggregator(streams, listeners, s -> config.sessions().of(registry.symbol(s))),
        closedBars,
        events,
        ports.probe(),
        config.tickSample().toMillis());
  }

  /**
   * Terminals, streams, sequences and market state (validator, open bars, indicator sets) from the
   * retained journal, before the writer opens a new segment and before any EA is served; the tick
   * store catches up on what it missed (acknowledged, not yet stored at a crash) on the way.
   */
  private long rebuildFromJournal(Path dir, StreamRegistry registry) {
    long started = System.nanoTime();
    market.replaying(true);
    TickSlot slot = new TickSlot();
    slot.kind = TickSlot.TICK;
    long[] replayed = {0};
    try {
      long ticks =
          JournalRecovery.recover(
              dir,
              registry,
              (stream, seq, time, bid, ask, last, volume, flags) -> {
                slot.stream = stream;
                slot.terminal = registry.terminalOfStream(stream).index();
                slot.seq = seq;
                slot.timeMillis = time;
                slot.bid = bid;
                slot.ask = ask;
                slot.last = last;
                slot.volume = volume;
                slot.flags = flags;
                market.replayTick(slot);
                if (storage != null) {
                  storage.catchUp(slot, ++replayed[0] % CATCH_UP_BATCH == 0);
                }
              },
              executions::recovered);
      if (storage != null) {
        storage.endCatchUp();
      }
      LOG.info(
          () ->
              String.format(
                  "rebuilt market state from %,d journaled ticks in %,d ms; %,d journaled"
                      + " execution reports not yet committed on the bus are published again",
                  ticks, (System.nanoTime() - started) / 1_000_000, executions.resent()));
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

  /** Execution reports committed on the bus since start, and those durable but not yet there. */
  public ExecutionOutbox executions() {
    return executions;
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

  /**
   * Numbers an ORDER for a terminal and makes it durable in the order log ({@code orders-sent} in
   * the journal folder), then queues it; resent after reconnect until the EA acknowledges it, also
   * after a gateway restart. False, and nothing sent, when the terminal was already sent an order
   * with this client order id (the command's own sequence is ignored).
   */
  public boolean placeOrder(TerminalKey terminal, OrderCommand command) {
    synchronized (sentOrders) { // numbered and queued in the same order
      OrderCommand numbered = sentOrders.record(terminal, command);
      if (numbered == null) {
        return false;
      }
      loop.sendOrder(terminal, numbered);
      return true;
    }
  }

  /** {@link #placeOrder} for callers that do not need the answer. */
  public void sendOrder(TerminalKey terminal, OrderCommand command) {
    placeOrder(terminal, command);
  }

  /** The order log: last sequences, client order ids sent, duplicates refused. */
  public SentOrders orders() {
    return sentOrders;
  }

  public synchronized void stop() {
    if (loop == null) {
      return;
    }
    loop.stop();
    try {
      loopThread.join(10_000);
      journalHandler.stop();
      pipeline.stop();
      eventRing.stop(); // after the market handler's last batch put its events on the ring
      executions.close();
      sentOrders.close();
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

  /** Started and its socket loop still runs (false after {@link #stop} or if the loop died). */
  public synchronized boolean isRunning() {
    return loop != null && loopThread.isAlive();
  }

  @Override
  public void close() {
    stop();
  }
}
