package id.nusatrade.domain.market.indicator;

import id.nusatrade.domain.market.Timeframe;

/**
 * One indicator output at the open time of the bar it was computed on, for example {@code rsi_14 =
 * 61.2} on EURUSD M5 at 10:05. Names follow {@code Indicator.names()} of the indicators module.
 */
public record IndicatorValue(
    String symbol, Timeframe timeframe, long timeMillis, String name, double value) {}
