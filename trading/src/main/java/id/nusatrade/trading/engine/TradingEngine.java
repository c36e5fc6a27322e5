package id.nusatrade.trading.engine;

import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.ExecutionReport;
import id.nusatrade.domain.trading.ExecutionSink;
import id.nusatrade.domain.trading.ExitReason;
import id.nusatrade.domain.trading.Order;
import id.nusatrade.domain.trading.OrderId;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.Position;
import id.nusatrade.domain.trading.PreTradeCheck;
import id.nusatrade.domain.trading.PreTradeRequest;
import id.nusatrade.domain.trading.PreTradeVerdict;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.domain.trading.TradingState;
import id.nusatrade.domain.trading.Venue;
import id.nusatrade.trading.journal.AccountRecord;
import id.nusatrade.trading.journal.ExecutionRecord;
import id.nusatrade.trading.journal.JournalRecord;
import id.nusatrade.trading.journal.OrderJournal;
import id.nusatrade.trading.journal.OrderRecord;
import id.nusatrade.trading.journal.StateRecord;
import id.nusatrade.trading.market.TenantSymbolMap;
import id.nusatrade.trading.pnl.CurrencyPnl;
import id.nusatrade.trading.pnl.DailyPnl;
import id.nusatrade.trading.pnl.IdrPnl;
import id.nusatrade.trading.pnl.IdrRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Decides and journals; {@link EngineState} applies. Every public method is serialised on this
 * object (one writer; the hot path is uncontended). A change is journaled before it is applied; the
 * journal is written to the file before an order leaves for a venue, and {@link #flush} writes and
 * fsyncs the batch: call it at the end of every batch and before answering a person.
 */
public final class TradingEngine implements ExecutionSink, AutoCloseable {
  /** Client order ids starting with this belong to the engine's own exit orders. */
  public static final String RESERVED_PREFIX = "~";

  private final EngineState state = new EngineState();
  private final OrderJournal journal;
  private final PreTradeCheck check;
  private final Clock clock;
  private final TradingListener listener;
  private final Map<AccountMode, Venue> venues = new EnumMap<>(AccountMode.class);

  /** The last bid and ask per tenant and symbol (a tenant's broker quotes its own prices). */
  private final TenantSymbolMap<double[]> quotes = new TenantSymbolMap<>();

  /** IDR per unit for currencies the tenant's feed has no {@code <currency>IDR} quote of. */
  private Map<String, BigDecimal> referenceRates = Map.of();

  private long duplicates;
  private long anomalies;

  /** Rebuilds the state from the journal in {@code journalDir}, then journals there. */
  public TradingEngine(
      Path journalDir, PreTradeCheck check, Clock clock, TradingListener listener) {
    this.check = Objects.requireNonNull(check, "pre-trade check");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listener = Objects.requireNonNull(listener, "listener");
    OrderJournal.replay(journalDir, this::replay);
    this.journal = new OrderJournal(journalDir);
  }

  private void replay(JournalRecord r) {
    switch (r) {
      case AccountRecord a -> state.apply(a);
      case OrderRecord o -> state.apply(o);
      case StateRecord s -> state.apply(s);
      case ExecutionRecord e -> state.apply(e);
    }
  }

  /**
   * Connects the venue for accounts in {@code mode} and hands it every working order of those
   * accounts (after a restart: the venue recognises orders it already holds).
   */
  public synchronized void connect(AccountMode mode, Venue venue) {
    venues.put(mode, venue);
    for (Order o : state.book.all()) {
      Account a = account(o.intent().account());
      if (o.state().working() && a.mode() == mode) {
        venue.place(a.tenant(), o);
      }
    }
  }

  public synchronized Account openAccount(Account account) {
    if (state.accounts.containsKey(account.id())) {
      return state.accounts.get(account.id());
    }
    return changed(
        new AccountRecord(account.id(), account.tenant(), account.mode(), account.tradingState()));
  }

  /** The kill switch: effective for the next intent and the next tick. */
  public synchronized Account tradingState(AccountId id, TradingState tradingState) {
    Account a = account(id);
    return changed(new AccountRecord(id, a.tenant(), a.mode(), tradingState));
  }

  /**
   * Switches the account between PAPER and LIVE, journaled and synced before it returns. Refused
   * ({@link ModeChangeRefusedException}) while the account holds an open position or an order that
   * is working or waiting for approval: those belong to the current venue, and a live position
   * closed on paper (or a paper one at the broker) would leave the books and the broker apart.
   * Whether the account may trade live at all (tier, MT5 login) is the caller's check ({@code
   * trading.live.ModeSwitch}). The first order the account then sends live is its first live trade
   * for the rules.
   */
  public synchronized Account mode(AccountId id, AccountMode mode) {
    Account a = account(id);
    if (a.mode() == mode) {
      return a;
    }
    List<Position> open = state.positions.open(id);
    if (!open.isEmpty()) {
      throw new ModeChangeRefusedException(
          ModeChangeRefusedException.Reason.OPEN_POSITIONS,
          "account "
              + id
              + " has "
              + open.size()
              + " open "
              + a.mode()
              + " position(s) ("
              + open.getFirst().symbol()
              + (open.size() > 1 ? ", ..." : "")
              + "): close them before switching to "
              + mode);
    }
    for (Order o : state.book.of(id)) {
      if (o.state().working() || o.state() == OrderState.PENDING_APPROVAL) {
        throw new ModeChangeRefusedException(
            ModeChangeRefusedException.Reason.WORKING_ORDERS,
            "order "
                + o.intent().clientOrderId()
                + " is "
                + o.state()
                + " at the "
                + a.mode()
                + " venue: cancel it or let it finish before switching to "
                + mode);
      }
    }
    return changed(new AccountRecord(id, a.tenant(), mode, a.tradingState()));
  }

  /** Orders the account has sent to the LIVE venue (zero: its next one is its first live trade). */
  public synchronized long liveTrades(AccountId id) {
    account(id);
    return state.liveTrades(id);
  }

  private Account changed(AccountRecord r) {
    journal.append(r);
    journal.sync(); // a person flipped a switch: durable before it is confirmed
    Account a = state.apply(r);
    listener.accountChanged(a);
    return a;
  }

  /**
   * An order intent becomes an order: the same client order id again returns the first order
   * untouched. A new one passes the kill switch and the pre-trade check, is journaled, and goes to
   * the venue when allowed.
   */
  public synchronized SubmitResult submit(OrderIntent intent) {
    if (intent.clientOrderId().value().startsWith(RESERVED_PREFIX)) {
      throw new IllegalArgumentException(
          "clientOrderId must not start with " + RESERVED_PREFIX + " (reserved for exit orders)");
    }
    return submit(intent, null);
  }

  private SubmitResult submit(OrderIntent intent, ExitReason exit) {
    Order known = state.book.find(intent.account(), intent.clientOrderId());
    if (known != null) {
      duplicates++;
      return new SubmitResult(known, true);
    }
    Account account = account(intent.account());
    Venue venue = venues.get(account.mode());
    OrderState decided = OrderState.SENT;
    List<String> reasons = List.of();
    TradingState newState = null;
    BigDecimal notional = null;
    String refusal = exit == null ? account.refusal(intent, exposure(account, intent)) : null;
    if (refusal != null) {
      decided = OrderState.REJECTED;
      reasons = List.of(refusal);
    } else if (exit == null) {
      PreTradeVerdict v = check.check(request(account, intent));
      decided =
          switch (v.outcome()) {
            case ALLOW -> OrderState.SENT;
            case REJECT -> OrderState.REJECTED;
            case NEEDS_APPROVAL -> OrderState.PENDING_APPROVAL;
          };
      reasons = v.reasons();
      newState = v.newTradingState();
      notional = v.notional();
    }
    if (decided == OrderState.SENT && venue == null) {
      decided = OrderState.REJECTED;
      reasons = List.of("no " + account.mode() + " venue is connected");
    }
    OrderRecord r =
        new OrderRecord(
            new OrderId(state.lastOrderId + 1), clock.millis(), exit, intent, decided, reasons);
    journal.append(r);
    Order order = state.apply(r);
    order.valued(notional);
    if (newState != null && newState != account.tradingState()) {
      changed(new AccountRecord(account.id(), account.tenant(), account.mode(), newState));
    }
    if (decided == OrderState.SENT) {
      place(venue, account.tenant(), order);
    }
    listener.orderChanged(order);
    return new SubmitResult(order, false);
  }

  private void place(Venue venue, TenantId tenant, Order order) {
    if (venue.remote()) {
      journal.write(); // everything that led to the order is on file before it leaves
    }
    venue.place(tenant, order);
  }

  /**
   * The configured IDR reference rates ({@link #dailyPnl}); the pre-trade check values today's
   * P&amp;L with them too.
   */
  public synchronized void referenceRates(Map<String, BigDecimal> rates) {
    this.referenceRates = Map.copyOf(rates);
  }

  private PreTradeRequest request(Account account, OrderIntent intent) {
    double[] q = quotes.get(account.tenant(), intent.symbol());
    BigDecimal reference =
        q == null ? null : BigDecimal.valueOf(intent.side() == Side.BUY ? q[1] : q[0]);
    DailyPnl today =
        dailyPnl(
            account.id(), LocalDate.now(clock.withZone(DailyLedger.TRADING_DAY)), referenceRates);
    BigDecimal realised = null;
    BigDecimal unrealised = null;
    if (today.missingRates().isEmpty()) {
      realised = BigDecimal.ZERO;
      unrealised = BigDecimal.ZERO;
      for (CurrencyPnl c : today.currencies()) {
        realised = realised.add(c.realised().subtract(c.commissions()).multiply(c.idrRate()));
        unrealised = unrealised.add(c.unrealised().multiply(c.idrRate()));
      }
      realised = realised.setScale(2, RoundingMode.HALF_EVEN);
      unrealised = unrealised.setScale(2, RoundingMode.HALF_EVEN);
    }
    LossStreaks.Streak streak = state.losses.of(account.id());
    return new PreTradeRequest(
        account.tenant(),
        account.mode(),
        account.tradingState(),
        intent,
        state.positions.quantity(account.id(), intent.symbol()),
        reference,
        realised,
        unrealised,
        streak.losses(),
        streak.lastLossAt(),
        state.liveTrades(account.id()));
  }

  /** The open position plus what working orders will add (REDUCING must see both). */
  private BigDecimal exposure(Account account, OrderIntent intent) {
    BigDecimal q = state.positions.quantity(account.id(), intent.symbol());
    if (account.tradingState() != TradingState.REDUCING) {
      return q;
    }
    for (Order o : state.book.of(account.id())) {
      if (o.intent().symbol().equals(intent.symbol()) && o.state().working()) {
        BigDecimal rest = o.remainingQuantity();
        q = o.intent().side() == Side.BUY ? q.add(rest) : q.subtract(rest);
      }
    }
    return q;
  }

  /** The trade-approval process approved a PENDING_APPROVAL order: it goes to the venue. */
  public synchronized Order approve(OrderId id) {
    Order o = order(id);
    Account account = account(o.intent().account());
    Venue venue = venues.get(account.mode());
    if (venue == null) {
      return decide(o, OrderState.REJECTED, List.of("no venue is connected"));
    }
    decide(o, OrderState.SENT, List.of());
    place(venue, account.tenant(), o);
    return o;
  }

  /**
   * The trade-approval workflow's result for an order of {@code tenant}: APPROVED sends it,
   * REJECTED and EXPIRED end it. A result for an order that no longer waits (a redelivered result,
   * or the trader cancelled it meanwhile) changes nothing and is counted as a duplicate; an order
   * that is unknown or belongs to another tenant is refused ({@link IllegalArgumentException}).
   */
  public synchronized Order approvalDecided(
      TenantId tenant, OrderId id, ApprovalOutcome outcome, String decidedBy) {
    Order o = state.book.get(id);
    if (o == null || !account(o.intent().account()).tenant().equals(tenant)) {
      throw new IllegalArgumentException("unknown order " + id + " for tenant " + tenant);
    }
    if (o.state() != OrderState.PENDING_APPROVAL) {
      duplicates++;
      return o;
    }
    String by = decidedBy == null || decidedBy.isBlank() ? "unknown" : decidedBy;
    return switch (outcome) {
      case APPROVED -> approve(id);
      case REJECTED -> deny(id, "trade approval rejected by " + by);
      case EXPIRED -> decide(o, OrderState.EXPIRED, List.of("trade approval expired (" + by + ")"));
    };
  }

  /** The trade-approval process denied it. */
  public synchronized Order deny(OrderId id, String reason) {
    return decide(order(id), OrderState.REJECTED, List.of(reason));
  }

  /** Cancels a waiting order at once, a working one through its venue (which reports back). */
  public synchronized Order cancel(OrderId id) {
    Order o = order(id);
    if (o.state() == OrderState.PENDING_APPROVAL) {
      return decide(o, OrderState.CANCELLED, List.of());
    }
    if (o.state().working()) {
      journal.write();
      Account account = account(o.intent().account());
      venues.get(account.mode()).cancel(account.tenant(), o);
    }
    return o;
  }

  private Order decide(Order o, OrderState target, List<String> reasons) {
    if (!o.state().canMoveTo(target)) {
      throw new IllegalStateException(
          "order " + o.intent().clientOrderId() + " is " + o.state() + ", not " + target);
    }
    StateRecord r = new StateRecord(o.id(), target, reasons);
    journal.append(r);
    state.apply(r);
    listener.orderChanged(o);
    return o;
  }

  /**
   * A venue's report: applied once per execution id (a duplicate is counted and ignored), refused
   * without change when it cannot apply (unknown order, illegal transition, overfill).
   */
  @Override
  public synchronized void onExecution(ExecutionReport report) {
    if (state.applied.contains(report.id())) {
      duplicates++;
      return;
    }
    String problem = state.problem(report);
    if (problem != null) {
      anomalies++;
      listener.anomaly(report, problem);
      return;
    }
    ExecutionRecord r = new ExecutionRecord(report);
    journal.append(r);
    Position p = state.apply(r);
    Order order = state.book.get(report.orderId());
    listener.executionApplied(report, order);
    listener.orderChanged(order);
    if (p != null) {
      listener.positionChanged(p);
    }
  }

  /**
   * A quote of one tenant's feed: remembered as that tenant's reference price for the rules, and
   * checked against the stops of that tenant's positions in the symbol (a stop that fires places a
   * market exit order), then passed to the venues (the paper venue fills that tenant's orders on
   * it). Another tenant's orders and positions never see it.
   */
  public synchronized void onTick(Tick tick) {
    TenantId tenant = tick.feed().tenant();
    double[] q = quotes.computeIfAbsent(tenant, tick.symbol(), () -> new double[2]);
    q[0] = tick.bid();
    q[1] = tick.ask();
    List<Position> inSymbol = state.positionsOf(tenant, tick.symbol());
    for (int i = 0; i < inSymbol.size(); i++) {
      Position p = inSymbol.get(i);
      ExitReason reason = p.exitOn(tick.bid(), tick.ask());
      if (reason != null) {
        exit(p, p.quantity().abs(), reason);
      }
    }
    for (Venue venue : venues.values()) {
      venue.onTick(tick);
    }
  }

  /** "Close all positions now": a market exit for every open quantity not already exiting. */
  public synchronized List<Order> closeAll(AccountId id) {
    account(id);
    List<Order> placed = new ArrayList<>();
    for (Position p : state.positions.open(id)) {
      BigDecimal exiting = BigDecimal.ZERO;
      for (Order o : state.book.of(id)) {
        if (o.exitReason() != null
            && o.state().working()
            && o.intent().symbol().equals(p.symbol())) {
          exiting = exiting.add(o.remainingQuantity());
        }
      }
      BigDecimal rest = p.quantity().abs().subtract(exiting);
      if (rest.signum() > 0) {
        placed.add(exit(p, rest, ExitReason.CLOSE_ALL));
      }
    }
    return placed;
  }

  private Order exit(Position p, BigDecimal quantity, ExitReason reason) {
    Side side = p.quantity().signum() > 0 ? Side.SELL : Side.BUY;
    ClientOrderId id = new ClientOrderId(RESERVED_PREFIX + "x" + (state.lastOrderId + 1));
    return submit(OrderIntent.market(p.account(), id, p.symbol(), side, quantity), reason).order();
  }

  /** Client order ids of reconciliation adjustments: booked here, never sent to a venue. */
  public static final String RECONCILIATION_PREFIX = RESERVED_PREFIX + "r";

  /**
   * Where the broker's net positions ({@code broker}: symbol → net quantity and average open price
   * of the side the broker holds, signed quantity, long positive) differ from the account's: every
   * symbol either side holds. Nothing changes.
   */
  public synchronized List<PositionDifference> differences(
      AccountId id, Map<String, BigDecimal[]> broker) {
    account(id);
    Map<String, BigDecimal> ours = new TreeMap<>();
    for (Position p : state.positions.open(id)) {
      ours.put(p.symbol(), p.quantity());
    }
    java.util.Set<String> symbols = new java.util.TreeSet<>(ours.keySet());
    symbols.addAll(broker.keySet());
    List<PositionDifference> out = new ArrayList<>();
    for (String symbol : symbols) {
      BigDecimal mine = ours.getOrDefault(symbol, BigDecimal.ZERO);
      BigDecimal[] theirs = broker.get(symbol);
      BigDecimal brokers = theirs == null ? BigDecimal.ZERO : theirs[0];
      if (mine.compareTo(brokers) != 0) {
        out.add(new PositionDifference(symbol, mine, brokers, 0, price(id, symbol, theirs)));
      }
    }
    return out;
  }

  /**
   * The difference's booking price: the broker's open price when the broker holds the symbol (the
   * fill happened there), else our average price (the broker closed it at a price we were not told:
   * no profit or loss is invented).
   */
  private BigDecimal price(AccountId id, String symbol, BigDecimal[] broker) {
    if (broker != null && broker[0].signum() != 0 && broker[1] != null && broker[1].signum() > 0) {
      return broker[1];
    }
    Position p = state.positions.of(id, symbol);
    return p.averagePrice();
  }

  /**
   * Reconciliation with the broker's positions snapshot {@code snapshotId}: each {@link
   * #differences difference} is booked as an adjustment order (client order id {@value
   * #RECONCILIATION_PREFIX}n, never sent to a venue) filled at once by the quantity that makes our
   * position the broker's (execution id {@code <snapshotId>:<symbol>}, so a snapshot delivered
   * again books nothing twice). Returns the differences with their adjustment orders.
   */
  public synchronized List<PositionDifference> reconcile(
      AccountId id, String snapshotId, Map<String, BigDecimal[]> broker, long timeMillis) {
    List<PositionDifference> booked = new ArrayList<>();
    for (PositionDifference d : differences(id, broker)) {
      id.nusatrade.domain.trading.ExecutionId executionId =
          new id.nusatrade.domain.trading.ExecutionId(snapshotId + ":" + d.symbol());
      if (state.applied.contains(executionId)) {
        continue;
      }
      BigDecimal adjustment = d.adjustment();
      OrderIntent intent =
          OrderIntent.market(
              id,
              new ClientOrderId(RECONCILIATION_PREFIX + (state.lastOrderId + 1)),
              d.symbol(),
              adjustment.signum() > 0 ? Side.BUY : Side.SELL,
              adjustment.abs());
      OrderRecord r =
          new OrderRecord(
              new OrderId(state.lastOrderId + 1),
              timeMillis,
              null,
              intent,
              OrderState.SENT,
              List.of(
                  "reconciliation with MT5 positions "
                      + snapshotId
                      + ": broker "
                      + d.brokers().toPlainString()
                      + ", ours "
                      + d.ours().toPlainString()));
      journal.append(r);
      Order order = state.apply(r);
      listener.orderChanged(order);
      onExecution(
          ExecutionReport.fill(
              executionId, order.id(), adjustment.abs(), d.price(), BigDecimal.ZERO, timeMillis));
      booked.add(
          new PositionDifference(d.symbol(), d.ours(), d.brokers(), order.id().value(), d.price()));
    }
    return booked;
  }

  /** Forces the journal to disk: call at the end of a batch, before answering a person. */
  public synchronized void flush() {
    journal.sync();
  }

  public synchronized Account account(AccountId id) {
    Account a = state.accounts.get(id);
    if (a == null) {
      throw new UnknownAccountException(id);
    }
    return a;
  }

  public synchronized List<Account> accounts() {
    return List.copyOf(state.accounts.values());
  }

  public synchronized Order order(OrderId id) {
    Order o = state.book.get(id);
    if (o == null) {
      throw new IllegalArgumentException("unknown order " + id);
    }
    return o;
  }

  public synchronized OrderView find(AccountId account, ClientOrderId clientOrderId) {
    Order o = state.book.find(account, clientOrderId);
    return o == null ? null : OrderView.of(o);
  }

  public synchronized List<OrderView> orders(AccountId account) {
    return state.book.of(account).stream().map(OrderView::of).toList();
  }

  /** Open positions with unrealised P&amp;L at the last quote (null before a quote arrives). */
  public synchronized List<PositionView> positions(AccountId account) {
    List<PositionView> out = new ArrayList<>();
    TenantId tenant = account(account).tenant();
    for (Position p : state.positions.open(account)) {
      double[] q = quotes.get(tenant, p.symbol());
      BigDecimal mark =
          q == null ? null : BigDecimal.valueOf(p.quantity().signum() > 0 ? q[0] : q[1]);
      out.add(PositionView.of(p, mark));
    }
    return out;
  }

  /**
   * The account's P&amp;L for a trading day (Asia/Jakarta) per quote currency and in IDR: realised
   * and commissions from that day's fills; for today also the open positions' unrealised P&amp;L at
   * the last quote. A currency's IDR rate is the mid of the tenant's own {@code <currency>IDR}
   * quote when its feed streams one, else {@code referenceRates} (IDR per unit, configured), else
   * unknown (the IDR total is then null).
   */
  public synchronized DailyPnl dailyPnl(
      AccountId id, LocalDate day, Map<String, BigDecimal> referenceRates) {
    TenantId tenant = account(id).tenant();
    Map<String, BigDecimal[]> sums = new TreeMap<>();
    state
        .daily
        .of(id, day)
        .forEach((c, s) -> sums.put(c, new BigDecimal[] {s[0], s[1], BigDecimal.ZERO}));
    if (day.equals(LocalDate.now(clock.withZone(DailyLedger.TRADING_DAY)))) {
      for (PositionView p : positions(id)) {
        if (p.unrealisedPnl() != null) {
          BigDecimal[] s =
              sums.computeIfAbsent(
                  EngineState.currency(p.symbol()),
                  c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
          s[2] = s[2].add(p.unrealisedPnl());
        }
      }
    }
    return IdrPnl.convert(day, sums, c -> idrRate(tenant, c, referenceRates));
  }

  private IdrRate idrRate(TenantId tenant, String currency, Map<String, BigDecimal> reference) {
    if (currency.equals("IDR")) {
      return IdrRate.IDR;
    }
    double[] q = quotes.get(tenant, currency + "IDR");
    if (q != null) {
      return new IdrRate(
          BigDecimal.valueOf(q[0]).add(BigDecimal.valueOf(q[1])).divide(BigDecimal.TWO),
          "feed " + currency + "IDR mid");
    }
    BigDecimal r = reference.get(currency);
    return r == null ? null : new IdrRate(r, "reference rate");
  }

  /** Intents and reports that were already known (same client order id, same execution id). */
  public synchronized long duplicates() {
    return duplicates;
  }

  public synchronized long anomalies() {
    return anomalies;
  }

  @Override
  public synchronized void close() {
    journal.close();
  }
}
