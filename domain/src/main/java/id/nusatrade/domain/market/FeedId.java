package id.nusatrade.domain.market;

import id.nusatrade.domain.tenant.TenantId;
import java.util.Objects;

/**
 * The market data one terminal streams for one symbol: tenant + MT5 trading account + symbol.
 * Brokers quote differently, so every stored tick, bar and indicator value belongs to exactly one
 * feed and is read only by that feed's tenant. The gateway builds one per stream, once, and carries
 * it; nothing looks a feed up per tick.
 */
public record FeedId(TenantId tenant, long account, String symbol) {
  /** Longest symbol the wire protocol carries (a length byte, ASCII). */
  public static final int MAX_SYMBOL_LENGTH = 32;

  public FeedId {
    Objects.requireNonNull(tenant, "tenant");
    if (symbol == null || symbol.isBlank() || symbol.length() > MAX_SYMBOL_LENGTH) {
      throw new IllegalArgumentException(
          "symbol must be 1 to " + MAX_SYMBOL_LENGTH + " characters: " + symbol);
    }
  }

  @Override
  public String toString() {
    return tenant + "/" + account + "/" + symbol;
  }
}
