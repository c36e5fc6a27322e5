package id.nusatrade.domain.market;

/** A closed OHLC bar with tick volume. */
public record Bar(
    String symbol,
    Timeframe timeframe,
    long openTimeMillis,
    double open,
    double high,
    double low,
    double close,
    long tickVolume) {}
