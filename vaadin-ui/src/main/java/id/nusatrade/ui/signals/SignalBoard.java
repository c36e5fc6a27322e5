package id.nusatrade.ui.signals;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.messaging.contract.SignalDecided;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The latest decisions of each tenant's live model, per symbol, newest first (at most {@link #KEPT}
 * per symbol), and the listeners of each tenant's sessions. A tenant never sees another's.
 * Thread-safe: the bus thread publishes while sessions read.
 */
public final class SignalBoard {
  /** Decisions kept per tenant and symbol (the page's history). */
  public static final int KEPT = 50;

  private record Key(TenantId tenant, String symbol) {}

  private record Watcher(TenantId tenant, Consumer<SignalDecided> listener) {}

  private final Map<Key, Deque<SignalDecided>> kept = new ConcurrentHashMap<>();
  private final List<Watcher> watchers = new CopyOnWriteArrayList<>();

  /** Keeps {@code signal} of {@code tenant} and hands it to that tenant's watchers. */
  public void publish(TenantId tenant, SignalDecided signal) {
    Deque<SignalDecided> list =
        kept.computeIfAbsent(new Key(tenant, signal.symbol()), k -> new ArrayDeque<>());
    synchronized (list) {
      list.addFirst(signal);
      while (list.size() > KEPT) {
        list.removeLast();
      }
    }
    for (Watcher w : watchers) {
      if (w.tenant().equals(tenant)) {
        w.listener().accept(signal);
      }
    }
  }

  /** The tenant's kept decisions on {@code symbol}, newest first. */
  public List<SignalDecided> recent(TenantId tenant, String symbol) {
    Deque<SignalDecided> list = kept.get(new Key(tenant, symbol));
    if (list == null) {
      return List.of();
    }
    synchronized (list) {
      return List.copyOf(list);
    }
  }

  /** The symbols the tenant has decisions on, sorted. */
  public Set<String> symbols(TenantId tenant) {
    Set<String> out = new TreeSet<>();
    for (Key k : kept.keySet()) {
      if (k.tenant().equals(tenant)) {
        out.add(k.symbol());
      }
    }
    return out;
  }

  /** Calls {@code listener} with each new decision of {@code tenant} until closed. */
  public AutoCloseable watch(TenantId tenant, Consumer<SignalDecided> listener) {
    Watcher w = new Watcher(tenant, listener);
    watchers.add(w);
    return () -> watchers.remove(w);
  }

  /** Sessions watching (for tests: a closed page leaves none behind). */
  public int watching() {
    return watchers.size();
  }
}
