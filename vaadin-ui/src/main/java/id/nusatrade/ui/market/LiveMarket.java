package id.nusatrade.ui.market;

import id.nusatrade.domain.tenant.TenantId;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * Fans market updates out to the charts that watch them. A chart sees only updates of its own
 * tenant's terminals and its own symbol: the tenant comes from the viewer's token, never from the
 * browser. Listeners are called on the feed's thread and must hand work off quickly.
 */
public final class LiveMarket {
  private final Set<Watch> watches = new CopyOnWriteArraySet<>();

  /** Closing the returned subscription stops the deliveries. */
  public AutoCloseable watch(TenantId tenant, String symbol, Consumer<MarketUpdate> listener) {
    Watch w = new Watch(tenant, symbol, listener);
    watches.add(w);
    return () -> watches.remove(w);
  }

  public void publish(MarketUpdate update) {
    for (Watch w : watches) {
      if (w.tenant.equals(update.tenant()) && w.symbol.equals(update.symbol())) {
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
    private final Consumer<MarketUpdate> listener;

    private Watch(TenantId tenant, String symbol, Consumer<MarketUpdate> listener) {
      this.tenant = tenant;
      this.symbol = symbol;
      this.listener = listener;
    }
  }
}
