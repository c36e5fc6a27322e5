package id.nusatrade.gateway.protocol;

/** A decoded frame. {@link #seq()} is the sender's sequence for reliable frames, else 0. */
public sealed interface Frame
    permits Hello,
        Welcome,
        Heartbeat,
        Ack,
        TickMessage,
        OrderCommand,
        ExecutionReport,
        ProtocolError {
  default long seq() {
    return 0;
  }
}
