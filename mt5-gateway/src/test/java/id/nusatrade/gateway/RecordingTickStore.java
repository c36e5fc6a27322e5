package id.nusatrade.gateway;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.TickStore;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.market.indicator.IndicatorStore;
import id.nusatrade.domain.market.indicator.IndicatorValue;
import id.nusatrade.domain.tenant.TenantId;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every tick, bar and indicator value the gateway stores, in the order it stored them. */
final class RecordingTickStore implements TickStore, IndicatorStore {
  final List<Tick> ticks = new CopyOnWriteArrayList<>();
  final List<Bar> bars = new CopyOnWriteArrayList<>();
  final List<IndicatorValue> indicators = new CopyOnWriteArrayList<>();

  @Override
  public void appendTicks(List<Tick> batch) {
    ticks.addAll(batch);
  }

  @Override
  public void appendBars(List<Bar> batch) {
    bars.addAll(batch);
  }

  @Override
  public void appendIndicators(List<IndicatorValue> values) {
    indicators.addAll(values);
  }

  @Override
  public void flush() {}

  @Override
  public List<FeedId> feeds(TenantId tenant) {
    return ticks.stream().map(Tick::feed).distinct().toList();
  }

  @Override
  public OptionalLong lastSequence(FeedId feed) {
    return ticks.stream().filter(t -> t.feed().equals(feed)).mapToLong(Tick::seq).max();
  }

  @Override
  public List<Tick> lastTicks(FeedId feed, int n) {
    return List.of();
  }

  @Override
  public List<Bar> ohlc(FeedId feed, Timeframe timeframe, long fromMillis, long toMillis) {
    return List.of();
  }

  @Override
  public List<Bar> bars(FeedId feed, Timeframe timeframe, long fromMillis, long toMillis) {
    return List.of();
  }

  @Override
  public List<Bar> lastBars(FeedId feed, Timeframe timeframe, int n) {
    return List.of();
  }

  @Override
  public List<IndicatorValue> indicators(
      FeedId feed, Timeframe timeframe, String name, long fromMillis, long toMillis) {
    return List.of();
  }
}
