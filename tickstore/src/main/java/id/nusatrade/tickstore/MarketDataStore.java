package id.nusatrade.tickstore;

import id.nusatrade.domain.market.TickStore;
import id.nusatrade.domain.market.indicator.IndicatorStore;

/**
 * Both market-data ports behind one buffer and one {@link #flush()}: what the storage consumer
 * holds, so ticks, bars and indicator values of a batch are written together at end of batch.
 */
public interface MarketDataStore extends TickStore, IndicatorStore {
  @Override
  void flush();
}
