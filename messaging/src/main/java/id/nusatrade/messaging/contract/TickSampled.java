package id.nusatrade.messaging.contract;

/**
 * {@code market.tick.sampled} v1: a sampled tick of one feed (the tenant is the envelope's).
 *
 * @param account the MT5 account (terminal) the feed belongs to
 * @param time exchange time, epoch milliseconds
 */
public record TickSampled(
    long account, String symbol, long time, double bid, double ask, double last) {
  public TickSampled {
    Checks.text(symbol, "symbol");
    Checks.price(bid, "bid");
    Checks.price(ask, "ask");
  }
}
