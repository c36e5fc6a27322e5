package id.nusatrade.ui.signals.jms;

import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.messaging.jms.TopicListener;
import id.nusatrade.ui.signals.SignalBoard;
import jakarta.jms.ConnectionFactory;
import java.util.List;

/**
 * Reads {@code signal.decided} events from the signals topic into the {@link SignalBoard}.
 * Non-durable: the page shows what is decided while it is up (the REST {@code /signals} serves the
 * server's own history).
 */
public final class ArtemisSignalFeed {
  static final String SELECTOR = "type = '" + EventContracts.SIGNAL_DECIDED.type() + "'";
  private static final PayloadCodec CODEC = new PayloadCodec();

  private ArtemisSignalFeed() {}

  /** The listener (not yet started) that fills {@code board}. */
  public static TopicListener listener(ConnectionFactory factory, SignalBoard board) {
    return new TopicListener(
        factory,
        List.of(EventRouting.SIGNALS.address()),
        SELECTOR,
        event ->
            board.publish(event.tenantId(), CODEC.decode(EventContracts.SIGNAL_DECIDED, event)));
  }
}
