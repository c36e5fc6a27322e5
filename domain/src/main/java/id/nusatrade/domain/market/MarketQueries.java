package id.nusatrade.domain.market;

import id.nusatrade.domain.tenant.TenantId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a tenant may ask of its own market data: its symbols, and the closed bars of one of its
 * feeds. Requests arrive as text (a query string, a URL) and are checked here, so the REST resource
 * and the chart only translate. A symbol the tenant's terminals do not stream is unknown, whoever
 * else streams it.
 */
public final class MarketQueries {
  public static final int DEFAULT_LIMIT = 300;
  public static final int MAX_LIMIT = 5_000;

  private final TickStore store;

  public MarketQueries(TickStore store) {
    this.store = store;
  }

  /** Symbols the tenant's terminals stream, sorted, each once. */
  public List<String> symbols(TenantId tenant) {
    return store.feeds(tenant).stream().map(FeedId::symbol).distinct().sorted().toList();
  }

  /**
   * The tenant's feed of a symbol. When several of its terminals stream the symbol, the one with
   * the lowest account number (feeds come ordered by account).
   */
  public Optional<FeedId> feed(TenantId tenant, String symbol) {
    return store.feeds(tenant).stream().filter(f -> f.symbol().equals(symbol)).findFirst();
  }

  /** The newest {@code limit} closed bars of the tenant's feed of {@code symbol}, oldest first. */
  public List<Bar> closedBars(TenantId tenant, String symbol, String timeframe, String limit) {
    if (symbol == null || symbol.isBlank()) {
      throw new InvalidMarketQueryException("symbol is required");
    }
    Timeframe tf = timeframe(timeframe);
    int n = limit(limit);
    FeedId feed =
        feed(tenant, symbol)
            .orElseThrow(
                () ->
                    new UnknownSymbolException(
                        "no terminal of this tenant streams symbol " + symbol));
    return store.lastBars(feed, tf, n);
  }

  static Timeframe timeframe(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidMarketQueryException("timeframe is required: one of " + frames());
    }
    try {
      return Timeframe.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidMarketQueryException("timeframe '" + text + "' is not one of " + frames());
    }
  }

  static int limit(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT_LIMIT;
    }
    int n;
    try {
      n = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      n = -1;
    }
    if (n < 1 || n > MAX_LIMIT) {
      throw new InvalidMarketQueryException(
          "limit '" + text + "' must be a whole number from 1 to " + MAX_LIMIT);
    }
    return n;
  }

  private static String frames() {
    return List.of(Timeframe.values()).toString();
  }
}
