package id.nusatrade.gateway.pipeline;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.TickStore;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.tenant.TenantId;
import java.util.List;
import java.util.OptionalLong;

/** Null object: no tick store configured. The pipeline then skips the storage handler entirely. */
public final class NullTickStore implements TickStore {
  public static final NullTickStore INSTANCE = new NullTickStore();

  private NullTickStore() {}

  @Override
  public void appendTicks(List<Tick> ticks) {}

  @Override
  public void appendBars(List<Bar> bars) {}

  @Override
  public void flush() {}

  @Override
  public List<FeedId> feeds(TenantId tenant) {
    return List.of();
  }

  @Override
  public OptionalLong lastSequence(FeedId feed) {
    return OptionalLong.empty();
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
}
