package id.nusatrade.gateway.orders;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.gateway.Gateway;
import id.nusatrade.gateway.protocol.Ascii;
import id.nusatrade.gateway.protocol.FrameLayout;
import id.nusatrade.gateway.protocol.OrderAction;
import id.nusatrade.gateway.protocol.OrderCommand;
import id.nusatrade.gateway.protocol.OrderType;
import id.nusatrade.gateway.protocol.Side;
import id.nusatrade.gateway.terminal.TerminalKey;
import id.nusatrade.messaging.EventHandler;
import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.PoisonEventException;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.Mt5OrderRequested;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.messaging.jms.ConsumerSource;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Consumes {@code mt5.order.requested} from the durable queue {@code nusatrade.mt5.orders} and
 * hands each order to {@link Gateway#placeOrder}, which numbers it in the gateway's order log
 * (fsync'd) before this returns, so before the transacted consumer commits the delivery: a crash
 * before that re-delivers it, and the log refuses a client order id the terminal was already sent.
 * An order that cannot become an ORDER frame (unknown action, side or type; a client order id or
 * symbol the wire cannot carry) is dead-lettered with the reason.
 */
public final class OrderRequests implements EventHandler {
  public static final ConsumerSource SOURCE = ConsumerSource.queue(EventRouting.MT5_ORDERS);
  private static final PayloadCodec CODEC = new PayloadCodec();

  private final Gateway gateway;
  private final AtomicLong placed = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();

  public OrderRequests(Gateway gateway) {
    this.gateway = gateway;
  }

  @Override
  public void handle(EventEnvelope event) {
    Mt5OrderRequested p = CODEC.decode(EventContracts.MT5_ORDER_REQUESTED, event);
    if (gateway.placeOrder(new TerminalKey(event.tenantId(), p.account()), command(p))) {
      placed.incrementAndGet();
    } else {
      duplicates.incrementAndGet();
    }
  }

  /** The ORDER frame's fields (sequence 0: the order log numbers it). */
  static OrderCommand command(Mt5OrderRequested p) {
    if (!Ascii.valid(p.clientOrderId(), FrameLayout.SYMBOL_WIDTH, false)) {
      throw new PoisonEventException(
          "clientOrderId '" + p.clientOrderId() + "' is not 1-31 printable ASCII characters");
    }
    if (!Ascii.valid(p.symbol(), FrameLayout.SYMBOL_WIDTH, false)) {
      throw new PoisonEventException(
          "symbol '" + p.symbol() + "' is not 1-31 printable ASCII characters");
    }
    try {
      return new OrderCommand(
          0,
          OrderAction.valueOf(p.action()),
          Side.valueOf(p.side()),
          OrderType.valueOf(p.type()),
          p.deviationPoints(),
          p.ticket(),
          p.clientOrderId(),
          p.symbol(),
          p.volume().doubleValue(),
          p.price().doubleValue(),
          p.stopLoss().doubleValue(),
          p.takeProfit().doubleValue());
    } catch (IllegalArgumentException e) {
      throw new PoisonEventException("order " + p.clientOrderId() + ": " + e.getMessage());
    }
  }

  /** Orders handed to the gateway as new since start. */
  public long placed() {
    return placed.get();
  }

  /** Deliveries of a client order id the terminal was already sent. */
  public long duplicates() {
    return duplicates.get();
  }
}
