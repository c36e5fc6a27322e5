package id.nusatrade.domain.market.indicator;

import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Timeframe;

/**
 * One indicator output of one feed at the open time of the bar it was computed on, for example
 * {@code rsi_14 = 61.2} on tenant A's account 80001 EURUSD M5 at 10:05. Names follow {@code
 * Indicator.names()} of the indicators module.
 */
public record IndicatorValue(
    FeedId feed, Timeframe timeframe, long timeMillis, String name, double value) {}
