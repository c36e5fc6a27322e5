package id.nusatrade.trading.mt5;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.ExecutionId;
import id.nusatrade.domain.trading.ExecutionKind;
import id.nusatrade.domain.trading.ExecutionReport;
import id.nusatrade.domain.trading.OrderId;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.messaging.DurableSubscription;
import id.nusatrade.messaging.EventHandler;
import id.nusatrade.messaging.PoisonEventException;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.ExecutionReported;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.messaging.jms.ConsumerSource;
import id.nusatrade.trading.engine.OrderView;
import id.nusatrade.trading.engine.TradingEngine;
import java.math.BigDecimal;

/**
 * Applies the gateway's {@code trade.execution.reported} events (topic {@code nusatrade.trading},
 * durable subscription {@link #SOURCE}) to the trading engine. It returns, and so lets the
 * transacted consumer commit the delivery, only after the engine journaled the execution and
 * fsync'd it ({@link TradingEngine#flush()}): a crash before that redelivers the event, and the
 * engine applies an execution id once, so a redelivery or a resend by the gateway after its restart
 * fills once. A positions snapshot (the EA sends one on every connect, and periodically) is
 * reconciled ({@link Mt5Reconciliation}). A report for no known account or order is dead-lettered
 * intact with the reason: kept, not applied.
 */
public final class Mt5ExecutionConsumer implements EventHandler {
  public static final String TYPE = "trade.execution.reported";
  public static final ConsumerSource SOURCE =
      ConsumerSource.subscription(
          DurableSubscription.TRADING_EXECUTIONS.topic(),
          DurableSubscription.TRADING_EXECUTIONS.name());
  private static final PayloadCodec CODEC = new PayloadCodec();

  private final TradingEngine engine;
  private final Mt5Accounts accounts;
  private final Mt5Reconciliation reconciliation;

  /** Without a bus for reconciliation's audit and alert events (they are not published). */
  public Mt5ExecutionConsumer(TradingEngine engine, Mt5Accounts accounts) {
    this(engine, accounts, new Mt5Reconciliation(engine, null));
  }

  public Mt5ExecutionConsumer(
      TradingEngine engine, Mt5Accounts accounts, Mt5Reconciliation reconciliation) {
    this.engine = engine;
    this.accounts = accounts;
    this.reconciliation = reconciliation;
  }

  @Override
  public void handle(EventEnvelope event) {
    if (!TYPE.equals(event.type())) {
      return; // the topic carries the engine's own events too
    }
    ExecutionReported p = CODEC.decode(EventContracts.EXECUTION_REPORTED, event);
    if (p.kind().equals("POSITIONS")) {
      // a terminal that only streams prices has no trading account: nothing to reconcile
      accounts
          .accountOf(event.tenantId(), p.account())
          .ifPresent(account -> reconciliation.reconcile(event.tenantId(), account, p));
      return;
    }
    AccountId account =
        accounts
            .accountOf(event.tenantId(), p.account())
            .orElseThrow(
                () -> new PoisonEventException("no trading account for MT5 " + p.account()));
    OrderView order = engine.find(account, new ClientOrderId(p.clientOrderId()));
    if (order == null) {
      throw new PoisonEventException("no order " + p.clientOrderId() + " on account " + account);
    }
    if (p.kind().equals("CANCEL_REJECTED")) {
      return; // the order could not be withdrawn (filled, unknown to the EA): it stays as it is
    }
    if (p.kind().equals("FILL") && order.state() == OrderState.SENT) {
      // MT5 reports a market order's fill only; the paper venue accepts first: the same steps
      engine.onExecution(
          ExecutionReport.of(
              new ExecutionId(p.executionId() + ":accepted"),
              new OrderId(order.id()),
              ExecutionKind.ACCEPTED,
              p.time(),
              null));
    }
    engine.onExecution(report(p, new OrderId(order.id())));
    engine.flush();
  }

  private static ExecutionReport report(ExecutionReported p, OrderId order) {
    ExecutionId id = new ExecutionId(p.executionId());
    return switch (p.kind()) {
      case "FILL" ->
          ExecutionReport.fill(
              id,
              order,
              BigDecimal.valueOf(p.volume()),
              BigDecimal.valueOf(p.price()),
              commissionCost(p.commission()),
              BigDecimal.valueOf(p.swap()),
              p.time());
      case "REJECT" ->
          ExecutionReport.of(
              id, order, ExecutionKind.REJECTED, p.time(), "MT5 retcode " + p.retcode());
      case "CANCELLED" ->
          ExecutionReport.of(
              id, order, ExecutionKind.CANCELLED, p.time(), "withdrawn at MT5 on request");
      default -> throw new PoisonEventException("unknown execution kind " + p.kind());
    };
  }

  /**
   * MT5 reports a commission signed (negative = charged); the engine books it as a cost (a rebate
   * becomes a negative cost).
   */
  static BigDecimal commissionCost(double mt5Commission) {
    return mt5Commission == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(-mt5Commission);
  }
}
