package id.nusatrade.ui.platform;

import com.vaadin.flow.server.VaadinServletRequest;
import id.nusatrade.trading.application.TradingDesk;
import id.nusatrade.ui.security.LibertyIdToken;
import id.nusatrade.ui.trading.RestTradingDesk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

/**
 * The trading page's {@link TradingDesk}: the REST API of this same server (the engine and its
 * journal belong to the REST application: one writer), reached at the local address and port the
 * request came in on, as the signed-in user ({@link LibertyIdToken#accessToken()}).
 */
@ApplicationScoped
public class TradingDeskProducer {
  @Produces
  @Dependent
  TradingDesk tradingDesk() {
    VaadinServletRequest request = VaadinServletRequest.getCurrent();
    String host = request == null ? "127.0.0.1" : request.getLocalAddr();
    int port = request == null ? 9080 : request.getLocalPort();
    if (host.contains(":")) {
      host = "[" + host + "]"; // IPv6
    }
    return new RestTradingDesk(
        "http://" + host + ":" + port + "/api/v1", LibertyIdToken::accessToken);
  }
}
