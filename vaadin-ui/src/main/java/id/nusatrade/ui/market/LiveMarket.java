package id.nusatrade.ui.market;

import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.tenant.TenantId;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * Fans market updates out to the charts that watch them. A chart sees only updates of its own feed:
 * its tenant's terminal and its symbol; the tenant comes from the viewer's token, never from the
 * browser. Listeners are called on the feed's thread and must hand work off quickly.
 */
public final class LiveMarket {
  private final Set<Watch> watches = new CopyOnWriteArraySet<>();

  /** Updates of one feed. Closing the returned subscription stops the deliveries. */
  public AutoCloseable watch(FeedId feed, Consumer<MarketUpdate> listener) {
    return add(new Watch(feed.tenant(), feed.symbol(), feed.account(), listener));
  }

  /**
   * Updates of a symbol from any of the tenant's terminals: for a chart opened before anything of
   * that symbol was stored (so before its feed is known).
   */
  public AutoCloseable watch(TenantId tenant, String symbol, Consumer<MarketUpdate> listener) {
    return add(new Watch(tenant, symbol, null, listener));
  }

  private AutoCloseable add(Watch w) {
    watches.add(w);
    return () -> watches.remove(w);
  }

  public void publish(MarketUpdate update) {
    for (Watch w : watches) {
      if (w.admits(update.feed())) {
        try {
          w.listener.accept(update);
        } catch (RuntimeException e) {
          // one broken chart (a closed session, say) must not starve the others
        }
      }
    }
  }

  public int watching() {
    return watches.size();
  }

  // identity semantics on purpose: two charts with the same filter are two watches
  private static final class Watch {
    private final TenantId tenant;
    private final String symbol;
    private final Long account;
    private final Consumer<MarketUpdate> listener;

    private Watch(TenantId tenant, String symbol, Long account, Consumer<MarketUpdate> listener) {
      this.tenant = tenant;
      this.symbol = symbol;
      this.account = account;
      this.listener = listener;
    }

    boolean admits(FeedId feed) {
      return tenant.equals(feed.tenant())
          && symbol.equals(feed.symbol())
          && (account == null || account == feed.account());
    }
  }
}
