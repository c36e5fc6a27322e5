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
 */
public final class WriteBuffer {
  private final List<Tick> ticks = new ArrayList<>();
  private final List<Bar> bars = new ArrayList<>();
  private final List<IndicatorValue> indicators = new ArrayList<>();

  public void addTicks(List<Tick> more) {
    ticks.addAll(more);
  }

  public void addBars(List<Bar> more) {
    bars.addAll(more);
  }

  public void addIndicators(List<IndicatorValue> more) {
    indicators.addAll(more);
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
