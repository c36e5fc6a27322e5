package id.nusatrade.ui.support;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.TickStore;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.market.indicator.IndicatorStore;
import id.nusatrade.domain.market.indicator.IndicatorValue;
import id.nusatrade.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * The {@link TickStore} and {@link IndicatorStore} contracts in memory, for browserless tests (the
 * PostgreSQL and ClickHouse adapters have their own contract test in module tickstore). Appends are
 * visible at once; ranges are [from, to); every read is of one feed.
 */
public final class InMemoryTickStore implements TickStore, IndicatorStore {
  private final List<Tick> ticks = new ArrayList<>();
  private final List<IndicatorValue> values = new ArrayList<>();
  private final List<Bar> bars = new ArrayList<>();

  @Override
  public synchronized void appendTicks(List<Tick> t) {
    ticks.addAll(t);
    ticks.sort(Comparator.comparingLong(Tick::timeMillis));
  }

  @Override
  public synchronized void appendBars(List<Bar> b) {
    bars.addAll(b);
    bars.sort(Comparator.comparingLong(Bar::openTimeMillis));
  }

  @Override
  public void flush() {}

  @Override
  public synchronized List<FeedId> feeds(TenantId tenant) {
    return java.util.stream.Stream.concat(
            ticks.stream().map(Tick::feed), bars.stream().map(Bar::feed))
        .filter(f -> f.tenant().equals(tenant))
        .distinct()
        .sorted(Comparator.comparingLong(FeedId::account).thenComparing(FeedId::symbol))
        .toList();
  }

  @Override
  public synchronized OptionalLong lastSequence(FeedId feed) {
    return ticks.stream().filter(t -> t.feed().equals(feed)).mapToLong(Tick::seq).max();
  }

  @Override
  public synchronized List<Tick> lastTicks(FeedId feed, int n) {
    List<Tick> of = ticks.stream().filter(t -> t.feed().equals(feed)).toList();
    return of.subList(Math.max(0, of.size() - n), of.size());
  }

  @Override
  public synchronized List<Bar> ohlc(FeedId feed, Timeframe tf, long from, long to) {
    List<Bar> out = new ArrayList<>();
    for (Tick t : ticks) {
      if (!t.feed().equals(feed) || t.timeMillis() < from || t.timeMillis() >= to) {
        continue;
      }
      double mid = (t.bid() + t.ask()) / 2;
      long open = tf.openTimeOf(t.timeMillis());
      Bar last = out.isEmpty() ? null : out.getLast();
      if (last == null || last.openTimeMillis() != open) {
        out.add(new Bar(feed, tf, open, mid, mid, mid, mid, 1));
      } else {
        out.set(
            out.size() - 1,
            new Bar(
                feed,
                tf,
                open,
                last.open(),
                Math.max(last.high(), mid),
                Math.min(last.low(), mid),
                mid,
                last.tickVolume() + 1));
      }
    }
    return out;
  }

  @Override
  public synchronized List<Bar> bars(FeedId feed, Timeframe tf, long from, long to) {
    return bars.stream()
        .filter(b -> b.feed().equals(feed) && b.timeframe() == tf)
        .filter(b -> b.openTimeMillis() >= from && b.openTimeMillis() < to)
        .toList();
  }

  @Override
  public synchronized List<Bar> lastBars(FeedId feed, Timeframe tf, int n) {
    List<Bar> of = bars(feed, tf, Long.MIN_VALUE, Long.MAX_VALUE);
    return of.subList(Math.max(0, of.size() - n), of.size());
  }

  @Override
  public synchronized void appendIndicators(List<IndicatorValue> v) {
    values.addAll(v);
    values.sort(Comparator.comparingLong(IndicatorValue::timeMillis));
  }

  @Override
  public synchronized List<IndicatorValue> indicators(
      FeedId feed, Timeframe tf, String name, long from, long to) {
    return values.stream()
        .filter(v -> v.feed().equals(feed) && v.timeframe() == tf && v.name().equals(name))
        .filter(v -> v.timeMillis() >= from && v.timeMillis() < to)
        .toList();
  }
}
