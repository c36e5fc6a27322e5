package id.nusatrade.ui.market;

import id.nusatrade.domain.market.TickStore;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Opens live charts: history from the {@link TickStore}, then the viewer's tenant's updates for
 * that symbol through a {@link ChartStream}, pushed at most {@link #PUSHES_PER_SECOND} times a
 * second per chart.
 */
public final class LiveCharts {
  public static final int CANDLES = 300;
  public static final int PUSHES_PER_SECOND = 4;

  private final TickStore store;
  private final MarketSymbols symbols;
  private final LiveMarket market;
  private final LiveFeed feed;
  private final UpdateTimer timer;
  private final Clock clock;

  public LiveCharts(
      TickStore store,
      MarketSymbols symbols,
      LiveMarket market,
      LiveFeed feed,
      UpdateTimer timer,
      Clock clock) {
    this.store = store;
    this.symbols = symbols;
    this.market = market;
    this.feed = feed;
    this.timer = timer;
    this.clock = clock;
  }

  /** An open chart; closing it stops its live updates. */
  public record Opened(ChartStream stream, AutoCloseable watch) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      watch.close();
    }
  }

  public List<String> symbols() {
    return symbols.all();
  }

  public boolean live() {
    return feed.connect();
  }

  public Opened open(
      TenantId tenant, String symbol, Timeframe tf, Consumer<UpdateThrottle.Batch> sink) {
    ChartHistory.Loaded history;
    try {
      history = new ChartHistory(store, clock).load(symbol, tf, CANDLES);
    } catch (RuntimeException e) {
      // the tick store is unreachable: the chart still fills from live updates
      history = ChartHistory.Loaded.EMPTY;
    }
    var throttle = new UpdateThrottle(Duration.ofMillis(1000 / PUSHES_PER_SECOND), clock);
    var stream = new ChartStream(new CandleBook(tf, CANDLES, history), throttle, timer, sink);
    return new Opened(stream, market.watch(tenant, symbol, stream));
  }
}
