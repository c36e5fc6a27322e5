package id.nusatrade.ui.market;

import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.MarketQueries;
import id.nusatrade.domain.market.TickStore;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.market.TradingSessions;
import id.nusatrade.domain.market.indicator.IndicatorStore;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Opens live charts of the viewer's own feeds: history from the {@link TickStore} (the tenant's
 * feed of the symbol, see {@link MarketQueries#feed}), then that feed's updates through a {@link
 * ChartStream}, pushed at most {@link #PUSHES_PER_SECOND} times a second per chart.
 */
public final class LiveCharts {
  public static final int CANDLES = 300;
  public static final int PUSHES_PER_SECOND = 4;

  /**
   * How long after a closed bar's event a chart reads its overlays once more: the gateway stores
   * the bar's indicator values on one thread and publishes the bar on another, so the event can
   * arrive before the values are stored.
   */
  public static final Duration STORAGE_LAG = Duration.ofSeconds(1);

  private final TickStore store;
  private final MarketQueries queries;
  private final LiveMarket market;
  private final LiveFeed feed;
  private final UpdateTimer timer;
  private final Clock clock;
  private final TradingSessions sessions;

  public LiveCharts(
      TickStore store, LiveMarket market, LiveFeed feed, UpdateTimer timer, Clock clock) {
    this(store, market, feed, timer, clock, TradingSessions.defaults());
  }

  /** {@code sessions}: where D1 and H4 candles open per symbol (as configured for the gateway). */
  public LiveCharts(
      TickStore store,
      LiveMarket market,
      LiveFeed feed,
      UpdateTimer timer,
      Clock clock,
      TradingSessions sessions) {
    this.sessions = sessions;
    this.store = store;
    this.queries = new MarketQueries(store);
    this.market = market;
    this.feed = feed;
    this.timer = timer;
    this.clock = clock;
  }

  /**
   * An open chart; closing it stops its live updates. {@code feed} is empty when nothing of the
   * symbol was stored when it opened.
   */
  public record Opened(
      ChartStream stream, AutoCloseable watch, Optional<FeedId> feed, Timeframe timeframe)
      implements AutoCloseable {
    @Override
    public void close() throws Exception {
      watch.close();
    }
  }

  /** The symbols the tenant's terminals stream; empty when the store cannot be reached. */
  public List<String> symbols(TenantId tenant) {
    try {
      return queries.symbols(tenant);
    } catch (RuntimeException e) {
      return List.of(); // the picker still takes a typed symbol
    }
  }

  public boolean live() {
    return feed.connect();
  }

  public Opened open(
      TenantId tenant, String symbol, Timeframe tf, Consumer<UpdateThrottle.Batch> sink) {
    Optional<FeedId> own = Optional.empty();
    ChartHistory.Loaded history = ChartHistory.Loaded.EMPTY;
    try {
      own = queries.feed(tenant, symbol);
      if (own.isPresent()) {
        history = new ChartHistory(store, clock, sessions).load(own.get(), tf, CANDLES);
      }
    } catch (RuntimeException e) {
      // the tick store is unreachable: the chart still fills from live updates
    }
    var throttle = new UpdateThrottle(Duration.ofMillis(1000 / PUSHES_PER_SECOND), clock);
    var book = new CandleBook(tf, sessions.of(symbol), CANDLES, history);
    var stream = new ChartStream(book, throttle, timer, sink);
    AutoCloseable watch =
        own.isPresent() ? market.watch(own.get(), stream) : market.watch(tenant, symbol, stream);
    return new Opened(stream, watch, own, tf);
  }

  /** Runs {@code task} once {@link #STORAGE_LAG} from now (on the push timer's thread). */
  public void afterStorage(Runnable task) {
    timer.after(STORAGE_LAG, task);
  }

  /**
   * The overlays {@code tokens} of an open chart over its closed candles, as the gateway stored
   * them for the chart's feed; none when the feed is unknown or the store cannot be reached.
   */
  public List<Overlays.Line> overlays(Opened chart, List<String> tokens) {
    if (chart.feed().isEmpty() || !(store instanceof IndicatorStore indicators)) {
      return List.of();
    }
    try {
      return Overlays.read(
          indicators, chart.feed().get(), chart.timeframe(), tokens, chart.stream().closed());
    } catch (RuntimeException e) {
      return List.of(); // the store is unreachable: the candles still show
    }
  }
}
