package id.nusatrade.domain.market;

/**
 * One validated quote of a feed. {@code seq} is the terminal's frame sequence number: with the feed
 * and the time it identifies the tick, so storing it again (a catch-up from the journal after a
 * crash) changes nothing. Prices are doubles because MT5 sends them so and indicators compute in
 * double; money (account balances, invoices) never uses double.
 */
public record Tick(
    FeedId feed,
    long seq,
    long timeMillis,
    double bid,
    double ask,
    double last,
    long volume,
    int flags) {
  public String symbol() {
    return feed.symbol();
  }
}
