package id.nusatrade.domain.market.indicator;

import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Timeframe;
import java.util.List;

/**
 * Port: durable storage for indicator snapshots. Like the tick store, appends are buffered and
 * written at {@link #flush()}; storing the same (feed, timeframe, name, time) again replaces the
 * value, so a recomputation after a restart is harmless.
 */
public interface IndicatorStore {
  void appendIndicators(List<IndicatorValue> values);

  void flush();

  /** Stored values of one indicator output of a feed for [fromMillis, toMillis), oldest first. */
  List<IndicatorValue> indicators(
      FeedId feed, Timeframe timeframe, String name, long fromMillis, long toMillis);
}
