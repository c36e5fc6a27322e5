package id.nusatrade.trading.mt5;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.ExecutionId;
import id.nusatrade.domain.trading.ExecutionKind;
import id.nusatrade.domain.trading.ExecutionReport;
import id.nusatrade.domain.trading.ExecutionSink;
import id.nusatrade.domain.trading.Order;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.Venue;
import id.nusatrade.messaging.Resends;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.Mt5OrderRequested;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.trading.engine.TradingEngine;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The MT5 venue: an order of a LIVE account becomes {@code mt5.order.requested} on the durable
 * queue {@code nusatrade.mt5.orders}, which the gateway turns into an ORDER frame for the account's
 * terminal; the EA's execution reports come back through {@link Mt5ExecutionConsumer}, so both
 * venues end in the engine's {@code onExecution}.
 *
 * <p>Nothing is lost: the engine writes its journal before {@link #place} (a remote venue), and
 * after a restart it places every working order again. Nothing is sent twice: the event id is
 * derived from tenant, account and client order id, so a re-placed order is refused by the broker's
 * duplicate detection, and the gateway sends a client order id to a terminal once (its own
 * persisted log). {@link #place} only queues (no I/O on the engine's thread, no database read after
 * an account's first order); one sender thread publishes each batch in one transaction and retries
 * with backoff until the broker commits. Stops, take-profits and trailing stops stay with the
 * engine, as on paper (the ORDER carries none, so the broker cannot close a position twice).
 */
public final class Mt5Venue implements Venue, AutoCloseable {
  private static final System.Logger LOG = System.getLogger(Mt5Venue.class.getName());
  private static final PayloadCodec CODEC = new PayloadCodec();
  private static final int MAX_BATCH = 100;
  private static final long MAX_BACKOFF_MILLIS = 5_000;

  /** Slippage the EA may accept on a market order, in points. */
  public static final int DEFAULT_DEVIATION_POINTS = 20;

  private final Mt5Logins logins;
  private final ExecutionSink sink;
  private final EventPublisher publisher;
  private final Clock clock;
  private final Map<AccountId, Long> loginCache = new ConcurrentHashMap<>();
  private final BlockingQueue<EventEnvelope> queue = new LinkedBlockingQueue<>();
  private final AtomicLong published = new AtomicLong();
  private final AtomicLong refusedAsDuplicates = new AtomicLong();
  private final Thread sender;
  private volatile boolean running = true;

  public Mt5Venue(Mt5Logins logins, ExecutionSink sink, EventPublisher publisher, Clock clock) {
    this.logins = logins;
    this.sink = sink;
    this.publisher = publisher;
    this.clock = clock;
    this.sender = Thread.ofPlatform().daemon().name("mt5-orders").start(this::run);
  }

  /**
   * Queues the order for the gateway; an account without an MT5 login is rejected at once through
   * the sink (execution id {@code M<order>r}).
   */
  @Override
  public void place(TenantId tenant, Order order) {
    if (order.intent().clientOrderId().value().startsWith(TradingEngine.RECONCILIATION_PREFIX)) {
      return; // a reconciliation adjustment books what the broker already did: never sent
    }
    AccountId account = order.intent().account();
    Long login = login(tenant, account);
    if (login == null) {
      sink.onExecution(
          ExecutionReport.of(
              new ExecutionId("M" + order.id() + "r"),
              order.id(),
              ExecutionKind.REJECTED,
              clock.millis(),
              "account " + account + " has no MT5 login: set trading_account.mt5_login"));
      return;
    }
    queue.add(envelope(tenant, login, order));
  }

  /** The account's MT5 login (read once, then cached), or null when none is linked. */
  private Long login(TenantId tenant, AccountId account) {
    Long login = loginCache.get(account);
    if (login == null) {
      OptionalLong found = logins.loginOf(tenant, account);
      if (found.isEmpty()) {
        return null;
      }
      login = found.getAsLong();
      loginCache.put(account, login);
    }
    return login;
  }

  /** The event for {@code order}: the same id every time the order is placed. */
  static EventEnvelope envelope(TenantId tenant, long login, Order order) {
    return envelope(tenant, login, order, "PLACE");
  }

  /**
   * The {@code action} (PLACE or CANCEL) for {@code order}; the event id is derived from tenant,
   * account, client order id and (for CANCEL) the action, so each is taken by the broker once.
   */
  static EventEnvelope envelope(TenantId tenant, long login, Order order, String action) {
    OrderIntent i = order.intent();
    BigDecimal price =
        switch (i.type()) {
          case MARKET -> BigDecimal.ZERO;
          case LIMIT -> i.limitPrice();
          case STOP -> i.stopPrice();
        };
    Mt5OrderRequested payload =
        new Mt5OrderRequested(
            login,
            i.account().toString(),
            order.id().value(),
            i.clientOrderId().value(),
            action,
            i.side().name(),
            i.type().name(),
            i.symbol(),
            i.quantity(),
            price,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            DEFAULT_DEVIATION_POINTS,
            0);
    return CODEC.envelope(
        EventContracts.MT5_ORDER_REQUESTED,
        eventId(
            tenant,
            i.account(),
            action.equals("PLACE")
                ? i.clientOrderId().value()
                : action + ":" + i.clientOrderId().value()),
        tenant,
        java.time.Instant.ofEpochMilli(order.createdAtMillis()),
        payload);
  }

  static UUID eventId(TenantId tenant, AccountId account, String clientOrderId) {
    return UUID.nameUUIDFromBytes(
        ("mt5.order.requested:" + tenant + ":" + account + ":" + clientOrderId)
            .getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Asks the terminal to withdraw the order (an ORDER frame with action CANCEL, protocol 2): the EA
   * deletes its pending order of that client order id and reports CANCELLED, which the engine
   * applies like any report; an order already filled, or one the EA cannot find, stays as it is
   * (CANCEL_REJECTED, or its fill report). Queued like a placement, so nothing is sent on the
   * engine's thread; asking twice is one request.
   */
  @Override
  public void cancel(TenantId tenant, Order order) {
    AccountId account = order.intent().account();
    Long login = login(tenant, account);
    if (login == null) {
      throw new IllegalStateException(
          "account " + account + " has no MT5 login: the order cannot be withdrawn from MT5");
    }
    queue.add(envelope(tenant, login, order, "CANCEL"));
  }

  private void run() {
    List<EventEnvelope> batch = new ArrayList<>();
    while (running || !queue.isEmpty()) {
      try {
        EventEnvelope first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        publishUntilCommitted(batch);
        batch.clear();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return; // closing: the orders are in the engine's journal and placed again at start
      }
    }
  }

  private void publishUntilCommitted(List<EventEnvelope> batch) throws InterruptedException {
    long backoff = 50;
    while (true) {
      try {
        publishOnce(batch);
        return;
      } catch (RuntimeException e) {
        if (!running) {
          return; // closing: the journal has them, the next start places them again
        }
        LOG.log(Level.WARNING, "publishing " + batch.size() + " MT5 orders failed; retrying", e);
        TimeUnit.MILLISECONDS.sleep(backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
      }
    }
  }

  private void publishOnce(List<EventEnvelope> batch) {
    int refused = Resends.publishSkippingDuplicates(publisher, batch);
    refusedAsDuplicates.addAndGet(refused);
    published.addAndGet(batch.size() - refused);
  }

  /** Orders the broker committed since start. */
  public long published() {
    return published.get();
  }

  /** Re-placed orders the broker had already taken (after a restart). */
  public long refusedAsDuplicates() {
    return refusedAsDuplicates.get();
  }

  /** Orders queued, not yet committed. */
  public int pending() {
    return queue.size();
  }

  /** Publishes what is queued if the broker answers, then stops. */
  @Override
  public void close() {
    running = false;
    try {
      sender.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
