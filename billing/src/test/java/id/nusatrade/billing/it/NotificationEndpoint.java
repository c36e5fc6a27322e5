package id.nusatrade.billing.it;

import com.sun.net.httpserver.HttpServer;
import id.nusatrade.billing.midtrans.MidtransJson;
import id.nusatrade.billing.payment.NotificationHandler;
import id.nusatrade.billing.payment.NotificationOutcome;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The notification endpoint as liberty-server's resource translates it (body → handler → 200 or
 * 403), on a free loopback port, so the simulator's real HTTP deliveries reach the real handler.
 */
final class NotificationEndpoint implements AutoCloseable {
  private final HttpServer server;
  private volatile NotificationHandler handler;

  NotificationEndpoint() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/notification",
        exchange -> {
          try (exchange) {
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            NotificationOutcome outcome = handler.handle(MidtransJson.notification(body));
            exchange.sendResponseHeaders(outcome.accepted() ? 200 : 403, -1);
          } catch (RuntimeException e) {
            exchange.sendResponseHeaders(503, -1);
          }
        });
    server.start();
  }

  /** Set once the gateway (which needs the simulator, which needs {@link #url()}) exists. */
  void routeTo(NotificationHandler target) {
    this.handler = target;
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/notification");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
