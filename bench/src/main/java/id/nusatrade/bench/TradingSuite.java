package id.nusatrade.bench;

import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.Order;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.PreTradeCheck;
import id.nusatrade.domain.trading.PreTradeRequest;
import id.nusatrade.domain.trading.PreTradeVerdict;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.domain.trading.TradingState;
import id.nusatrade.domain.trading.Venue;
import id.nusatrade.rules.calendar.TradingCalendar;
import id.nusatrade.rules.engine.LiveRules;
import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.trading.check.RiskProfiles;
import id.nusatrade.trading.check.RulesPreTradeCheck;
import id.nusatrade.trading.engine.TradingEngine;
import id.nusatrade.trading.engine.TradingListener;
import id.nusatrade.trading.fill.Costs;
import id.nusatrade.trading.fill.FillModel;
import id.nusatrade.trading.paper.PaperVenue;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * Paper trading through the real engine on one thread: order intent → kill switch → pre-trade check
 * → order → journal (written through to a file, fsync'd every batch) → paper venue (the shared fill
 * model) → fill → position. A load generator, not JMH, because the figure that matters is a latency
 * distribution per order.
 */
final class TradingSuite implements BenchSuite {
  static final String HEADING = "## Trading engine: paper orders";
  private static final int WARM_UP = 100_000;
  private static final int ORDERS = 300_000;
  private static final int BATCH = 100;
  private static final int SYNC_EVERY = 1_000;

  @Override
  public String name() {
    return "trading";
  }

  @Override
  public String heading() {
    return HEADING;
  }

  @Override
  public String run(Clock clock) throws Exception {
    Path dir = Files.createTempDirectory("nusatrade-trading-bench");
    try {
      Run warm = run(dir.resolve("warm"), WARM_UP);
      Run measured = run(dir.resolve("measured"), ORDERS);
      Histogram rules = rulesCheck();
      return section(clock, warm, measured, rules, Machine.describe());
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  record Run(int orders, long fills, long nanos, Histogram toVenue) {}

  /** A venue wrapper that stamps when the engine hands it an order. */
  static final class Stamping implements Venue {
    final Venue inner;
    long handedAt;

    Stamping(Venue inner) {
      this.inner = inner;
    }

    @Override
    public void place(TenantId tenant, Order order) {
      handedAt = System.nanoTime();
      inner.place(tenant, order);
    }

    @Override
    public void cancel(TenantId tenant, Order order) {
      inner.cancel(tenant, order);
    }

    @Override
    public void onTick(Tick tick) {
      inner.onTick(tick);
    }

    @Override
    public boolean remote() {
      return inner.remote();
    }
  }

  private static Run run(Path journal, int orders) {
    AccountId account = new AccountId(UUID.randomUUID());
    // the rules' Drools adapter is not merged yet: an answer-from-memory check stands in
    PreTradeCheck check = r -> PreTradeVerdict.allow("bench");
    long[] fills = new long[1];
    TradingEngine engine =
        new TradingEngine(
            journal,
            check,
            Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC),
            new TradingListener() {
              @Override
              public void positionChanged(id.nusatrade.domain.trading.Position position) {
                fills[0]++;
              }
            });
    TenantId tenant = TenantId.random();
    engine.openAccount(Account.open(account, tenant));
    Costs costs =
        new Costs(0, 0.00001, 0, BigDecimal.ZERO, new BigDecimal("0.00002"), BigDecimal.ZERO);
    Stamping venue = new Stamping(new PaperVenue(new FillModel(costs), engine));
    engine.connect(AccountMode.PAPER, venue);
    Histogram toVenue = new Histogram(3_600_000_000L, 3);
    BigDecimal one = BigDecimal.ONE;
    Tick tick =
        new Tick(
            new FeedId(tenant, 1, "EURUSD"), // the account's own tenant: only its quotes fill
            0,
            0,
            1.10000,
            1.10002,
            0,
            0,
            0);
    long start = System.nanoTime();
    for (int i = 0; i < orders; i++) {
      long t0 = System.nanoTime();
      OrderIntent intent =
          OrderIntent.market(
              account,
              new ClientOrderId("b" + i),
              "EURUSD",
              (i & 1) == 0 ? Side.BUY : Side.SELL,
              one);
      engine.submit(intent);
      toVenue.recordValue(Math.max(0, venue.handedAt - t0));
      if (i % BATCH == BATCH - 1) {
        engine.onTick(tick); // fills the batch
      }
      if (i % SYNC_EVERY == SYNC_EVERY - 1) {
        engine.flush(); // group commit: one fsync per 1,000 orders
      }
    }
    engine.onTick(tick);
    engine.flush();
    long nanos = System.nanoTime() - start;
    engine.close();
    return new Run(orders, fills[0], nanos, toVenue);
  }

  /**
   * The production pre-trade check alone (the shipped Drools risk rules through the adapter), per
   * intent: 50,000 to warm up, 100,000 measured. Its order-rate rule rejects most of them (one
   * account, a fixed clock), which evaluates every rule all the same.
   */
  private static Histogram rulesCheck() {
    Clock fixed = Clock.fixed(Instant.parse("2026-12-02T15:00:00Z"), java.time.ZoneOffset.UTC);
    RulesPreTradeCheck check =
        new RulesPreTradeCheck(
            LiveRules.withDefaults(RuleArea.RISK),
            TradingCalendar.load(),
            RiskProfiles.uniform(new BigDecimal("1000000000"), "standard"),
            fixed);
    AccountId account = new AccountId(UUID.randomUUID());
    TenantId tenant = TenantId.random();
    BigDecimal price = new BigDecimal("1.10002");
    Histogram h = new Histogram(3_600_000_000L, 3);
    for (int i = 0; i < 150_000; i++) {
      OrderIntent intent =
          OrderIntent.market(
              account, new ClientOrderId("r" + i), "EURUSD", Side.BUY, BigDecimal.ONE);
      long t0 = System.nanoTime();
      check.check(
          new PreTradeRequest(
              tenant, AccountMode.PAPER, TradingState.ACTIVE, intent, BigDecimal.ZERO, price));
      long t = System.nanoTime() - t0;
      if (i >= 50_000) {
        h.recordValue(t);
      }
    }
    return h;
  }

  private static String section(Clock clock, Run warm, Run m, Histogram rules, Machine machine) {
    Histogram h = m.toVenue();
    double perSecond = m.orders() * 1e9 / m.nanos();
    return String.format(
        Locale.ROOT,
        """
        %s

        Measured %s on %d processors (%s), %s; load average at the end %s (a busy machine lowers
        these figures: read them with the load average).
        `./nusatrade bench --only trading` reruns it.

        One thread submits %,d market order intents (after %,d to warm up) to one paper account,
        alternating buy and sell: kill switch → pre-trade check → order → journal record (buffered:
        the paper venue is in-process, so nothing leaves before the batch is written) → paper
        venue; every %d orders one tick fills them all
        through the backtester's fill model (slippage, commission) into the position; every %,d
        orders the journal is fsync'd (group commit; one fsync took ~10 ms on this busy disk). The
        pre-trade check in this loop is an answer-from-memory stand-in (the shipped risk rules allow
        5 orders per second per account, so they would reject this load); the last row measures
        the production check, the Drools risk rules through `RulesPreTradeCheck`, on its own: add
        it to the hand-off latency for the full path.

        | figure | target | measured |
        |---|---|---|
        | paper orders/s through check, venue, fill and journal (one thread) | ≥ 100,000 | %,.0f |
        | intent → order handed to the venue, p50 | | %.1f µs |
        | intent → order handed to the venue, p99 | ≤ 20 µs (to the ORDER frame on the socket) | %.1f µs |
        | intent → order handed to the venue, p99.9 / max | | %.1f / %.1f µs |
        | fills applied | = orders | %,d |
        | the Drools risk check alone (production adapter), p50 / p99 per intent | | %.1f / %.1f µs |

        The p99 target is set for the ORDER frame written to the Expert Advisor's socket; the MT5
        venue does not exist yet, so this measures up to the paper venue's hand-off. A remote venue
        adds one `write` system call per order (the journal reaches the file before an order leaves
        the process); the first run of this suite, which wrote per order and fsync'd every 100
        orders, measured 7,530 orders/s and p99 45.9 µs at load average 14.7; the code measured
        here gave 29,497 orders/s at load average 13–17, so the throughput figure moves with the
        machine's load. With the Drools check on the path, intent → venue is roughly the sum of the
        hand-off and the check: its p99 is far above the 20 µs target (the rules' per-intent
        session, which builds a fact list and fires a stateless session, dominates).
        """,
        HEADING,
        Instant.now(clock),
        machine.processors(),
        machine.cpu(),
        machine.jdk(),
        machine.load(),
        m.orders(),
        warm.orders(),
        BATCH,
        SYNC_EVERY,
        perSecond,
        h.getValueAtPercentile(50) / 1000.0,
        h.getValueAtPercentile(99) / 1000.0,
        h.getValueAtPercentile(99.9) / 1000.0,
        h.getMaxValue() / 1000.0,
        m.fills(),
        rules.getValueAtPercentile(50) / 1000.0,
        rules.getValueAtPercentile(99) / 1000.0);
  }
}
