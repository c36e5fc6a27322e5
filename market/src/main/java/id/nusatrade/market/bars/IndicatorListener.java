package id.nusatrade.market.bars;

import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.indicators.IndicatorSet;

/**
 * Receives the indicator set of a stream and timeframe right after a closed bar updated it. The
 * listener copies what it needs ({@link IndicatorSet#values(double[])} into its own buffer) before
 * returning: the set changes on the next bar. {@code columns} is shared and must not be modified.
 */
public interface IndicatorListener {
  void indicatorsUpdated(
      int stream, Timeframe timeframe, long barOpenTimeMillis, String[] columns, IndicatorSet set);
}
