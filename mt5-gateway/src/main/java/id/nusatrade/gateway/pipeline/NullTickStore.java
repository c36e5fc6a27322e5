package id.nusatrade.gateway.pipeline;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.TickStore;
import id.nusatrade.domain.market.Timeframe;
import java.util.List;

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
  public List<Tick> lastTicks(String symbol, int n) {
    return List.of();
  }

  @Override
  public List<Bar> ohlc(String symbol, Timeframe timeframe, long fromMillis, long toMillis) {
    return List.of();
  }

  @Override
  public List<Bar> bars(String symbol, Timeframe timeframe, long fromMillis, long toMillis) {
    return List.of();
  }
}
