package id.nusatrade.workers.trading;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.messaging.DurableSubscription;
import id.nusatrade.messaging.EventHandler;
import id.nusatrade.messaging.PoisonEventException;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.OrderChanged;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.messaging.jms.ConsumerSource;
import id.nusatrade.processes.trading.TradeApproval;
import id.nusatrade.workers.runtime.WorkflowMessage;
import id.nusatrade.workers.runtime.WorkflowMessageRelay;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bridge from the fast path to {@code trade-approval}: each {@value #EVENT_TYPE} event (an
 * order the risk rules hold in PENDING_APPROVAL) becomes the message {@value
 * TradeApproval#REQUESTED_MESSAGE} that starts one instance. Other events of the trading topic are
 * not for it.
 *
 * <p>Exactly one instance per order, however often the event arrives: the message id is derived
 * from the tenant and the order id (not from the event id, so even an event the engine announced
 * twice is one message), and the correlation key is the order id, so the engine neither accepts the
 * same message twice while it holds it ({@code timeToLive}) nor starts a second instance for the
 * key while one is active. The result travels back through {@link PublishApprovalResultWorker}.
 */
public final class ApprovalRequestRelay implements EventHandler {
  public static final String EVENT_TYPE = "trade.order.approval-requested";

  /** Where the workflow side reads the requests (held by the broker from its first start). */
  public static final ConsumerSource SOURCE =
      ConsumerSource.subscription(
          DurableSubscription.TRADE_APPROVAL_REQUESTS.topic(),
          DurableSubscription.TRADE_APPROVAL_REQUESTS.name());

  /** The rules' reason code for an account's first live trade. */
  static final String FIRST_LIVE_TRADE_CODE = "FIRST_LIVE_TRADE";

  /** The officer sees why the rules held the order. */
  public static final String RULE_REASONS = "ruleReasons";

  private static final PayloadCodec CODEC = new PayloadCodec();
  private final WorkflowMessageRelay relay;

  public ApprovalRequestRelay(WorkflowMessageRelay relay) {
    this.relay = relay;
  }

  @Override
  public void handle(EventEnvelope event) throws InterruptedException {
    if (EVENT_TYPE.equals(event.type())) {
      relay.publish(message(event));
    }
  }

  /**
   * The message for one request.
   *
   * @throws PoisonEventException when the event can never start an instance (unreadable, not a
   *     waiting order, or no notional to decide on)
   */
  public static WorkflowMessage message(EventEnvelope event) {
    OrderChanged order = CODEC.decode(EventContracts.ORDER_CHANGED, event);
    if (order.state() != OrderState.PENDING_APPROVAL) {
      throw new PoisonEventException(
          "approval request "
              + event.id()
              + " for order "
              + order.orderId()
              + " is "
              + order.state());
    }
    String orderId = Long.toString(order.orderId());
    Map<String, Object> variables = new HashMap<>();
    variables.put(TradeApproval.ORDER_ID, orderId);
    variables.put(TradeApproval.TENANT_ID, event.tenantId().toString());
    variables.put(TradeApproval.ACCOUNT_ID, order.accountId());
    variables.put(TradeApproval.SYMBOL, order.symbol());
    variables.put(TradeApproval.SIDE, order.side().name());
    variables.put(TradeApproval.QUANTITY, order.quantity().toPlainString());
    variables.put(TradeApproval.NOTIONAL_IDR, notional(order, event).toPlainString());
    variables.put(TradeApproval.FIRST_LIVE_TRADE, firstLiveTrade(order.reasons()));
    variables.put(RULE_REASONS, order.reasons());
    return new WorkflowMessage(
        TradeApproval.REQUESTED_MESSAGE,
        orderId,
        "trade-approval/" + event.tenantId() + "/" + orderId,
        variables);
  }

  /**
   * The notional the rules judged, else quantity x limit or stop price; rounded up to whole sen, so
   * a value on a threshold is never decided below it.
   */
  private static BigDecimal notional(OrderChanged order, EventEnvelope event) {
    BigDecimal value = order.notional();
    if (value == null) {
      BigDecimal price = order.limitPrice() != null ? order.limitPrice() : order.stopPrice();
      if (price == null) {
        throw new PoisonEventException(
            "approval request "
                + event.id()
                + " for order "
                + order.orderId()
                + " carries no notional and no limit or stop price to value it");
      }
      value = order.quantity().multiply(price);
    }
    return value.setScale(2, RoundingMode.UP);
  }

  private static boolean firstLiveTrade(List<String> reasons) {
    return reasons.stream().anyMatch(r -> r.startsWith(FIRST_LIVE_TRADE_CODE + ":"));
  }
}
