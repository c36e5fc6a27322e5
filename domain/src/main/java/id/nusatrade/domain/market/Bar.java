package id.nusatrade.domain.market;

/** A closed OHLC bar of one feed with tick volume. */
public record Bar(
    FeedId feed,
    Timeframe timeframe,
    long openTimeMillis,
    double open,
    double high,
    double low,
    double close,
    long tickVolume) {
  public String symbol() {
    return feed.symbol();
  }
}
