package id.nusatrade.gateway.sim;

import id.nusatrade.gateway.protocol.ProtocolError;
import java.io.IOException;

/** The gateway sent PROTOCOL_ERROR (and closes the connection). */
final class GatewayRefusal extends IOException {
  private final transient ProtocolError error;

  GatewayRefusal(ProtocolError error) {
    super("gateway error " + error.code() + ": " + error.message());
    this.error = error;
  }

  ProtocolError error() {
    return error;
  }
}
