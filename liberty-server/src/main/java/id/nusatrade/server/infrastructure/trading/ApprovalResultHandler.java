package id.nusatrade.server.infrastructure.trading;

import id.nusatrade.compliance.approval.ApprovalResultPublisher;
import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.trading.OrderId;
import id.nusatrade.messaging.EventHandler;
import id.nusatrade.messaging.PoisonEventException;
import id.nusatrade.trading.engine.ApprovalOutcome;
import id.nusatrade.trading.engine.TradingEngine;

/**
 * Hands the trade-approval workflow's {@value ApprovalResultPublisher#EVENT_TYPE} events to the
 * engine, which releases or ends the waiting order (and ignores a result it already applied).
 * Returns only after the engine's journal is on disk, so the bus transaction commits after the
 * change is durable: a crash in between redelivers the result, which then changes nothing. A result
 * that cannot apply (unreadable, unknown order, another tenant's order) goes to the dead-letter
 * queue with the reason. Other events of the trading topic are not for this handler.
 */
final class ApprovalResultHandler implements EventHandler {
  /** The durable shared subscription on {@code nusatrade.trading} that carries the results. */
  static final String SUBSCRIPTION = "trading-approval-results";

  private final TradingEngine engine;

  ApprovalResultHandler(TradingEngine engine) {
    this.engine = engine;
  }

  @Override
  public void handle(EventEnvelope event) {
    if (!ApprovalResultPublisher.EVENT_TYPE.equals(event.type())) {
      return;
    }
    try {
      ApprovalResultPublisher.Decided d = ApprovalResultPublisher.decode(event);
      engine.approvalDecided(
          d.tenant(),
          new OrderId(Long.parseLong(d.orderId())),
          ApprovalOutcome.valueOf(d.result().name()),
          d.decidedBy());
    } catch (IllegalArgumentException cannotApply) { // includes a non-numeric order id
      throw new PoisonEventException(cannotApply.getMessage());
    }
    engine.flush();
  }
}
