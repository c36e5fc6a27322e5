package id.nusatrade.gateway.bars;

import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.indicators.Indicator;

/** Receives the indicators of a stream and timeframe right after a closed bar updated them. */
public interface IndicatorListener {
  void indicatorsUpdated(
      int stream, Timeframe timeframe, long barOpenTimeMillis, Indicator[] indicators);
}
