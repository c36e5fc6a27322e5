package id.nusatrade.tickstore;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.indicator.IndicatorValue;
import id.nusatrade.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Rows appended since the last flush. Owned by the single storage consumer, so it takes no lock.
 * Adapters clear each list right after the database accepted it (so a failed flush retries only
 * what was not written), and the lists are cleared rather than replaced so their arrays are reused.
 *
 * <p>Bounded: a store that keeps failing would otherwise keep every row it was ever given in
 * memory. Past {@link #DEFAULT_MAX_ROWS} unwritten rows an append is refused with a {@link
 * TickStoreException} that says so (the rows already buffered stay for the next flush; the gateway
 * has every tick in its journal).
 */
public final class WriteBuffer {
  /** About 60 MB of ticks: minutes of a busy feed, far more than one ring batch. */
  public static final int DEFAULT_MAX_ROWS = 500_000;

  private final List<Tick> ticks = new ArrayList<>();
  private final List<Bar> bars = new ArrayList<>();
  private final List<IndicatorValue> indicators = new ArrayList<>();
  private final int maxRows;

  public WriteBuffer() {
    this(DEFAULT_MAX_ROWS);
  }

  public WriteBuffer(int maxRows) {
    this.maxRows = maxRows;
  }

  public void addTicks(List<Tick> more) {
    admit(more.size());
    ticks.addAll(more);
  }

  public void addBars(List<Bar> more) {
    admit(more.size());
    bars.addAll(more);
  }

  public void addIndicators(List<IndicatorValue> more) {
    admit(more.size());
    indicators.addAll(more);
  }

  public int rows() {
    return ticks.size() + bars.size() + indicators.size();
  }

  private void admit(int more) {
    if (rows() + more > maxRows) {
      throw new TickStoreException(
          "write buffer full: "
              + rows()
              + " rows not yet written (the store keeps failing); refused "
              + more
              + " more (limit "
              + maxRows
              + ")");
    }
  }

  public List<Tick> ticks() {
    return ticks;
  }

  public List<Bar> bars() {
    return bars;
  }

  public List<IndicatorValue> indicators() {
    return indicators;
  }

  public boolean isEmpty() {
    return ticks.isEmpty() && bars.isEmpty() && indicators.isEmpty();
  }

  public void clear() {
    ticks.clear();
    bars.clear();
    indicators.clear();
  }

  /** Every feed named by a buffered row, each once, in first-appended order. */
  public Set<FeedId> feeds() {
    Set<FeedId> feeds = new LinkedHashSet<>();
    ticks.forEach(t -> feeds.add(t.feed()));
    bars.forEach(b -> feeds.add(b.feed()));
    indicators.forEach(v -> feeds.add(v.feed()));
    return feeds;
  }

  /**
   * The rows split by tenant (a copy; this buffer is unchanged), for a database that must write
   * each tenant's rows under that tenant's row-level security.
   */
  public Map<TenantId, WriteBuffer> byTenant() {
    Map<TenantId, WriteBuffer> split = new LinkedHashMap<>();
    Function<TenantId, WriteBuffer> part = t -> split.computeIfAbsent(t, k -> new WriteBuffer());
    ticks.forEach(t -> part.apply(t.feed().tenant()).ticks.add(t));
    bars.forEach(b -> part.apply(b.feed().tenant()).bars.add(b));
    indicators.forEach(v -> part.apply(v.feed().tenant()).indicators.add(v));
    return split;
  }
}
