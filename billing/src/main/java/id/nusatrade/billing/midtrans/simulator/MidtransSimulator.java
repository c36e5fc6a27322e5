package id.nusatrade.billing.midtrans.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.nusatrade.billing.payment.NotificationSignature;
import id.nusatrade.billing.payment.ServerKey;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Midtrans on 127.0.0.1. Core API: {@code POST /v2/charge} (Basic auth with the server key,
 * {@code X-Idempotency-Key} honoured: the same key and body give the first answer again, a second
 * charge of an order id is refused with 406), {@code GET /v2/{order_id}/status} and {@code POST
 * /v2/{order_id}/cancel} (a pending transaction becomes {@code cancel}, with its notification;
 * anything else is refused with 412, an unknown order with 404, as Midtrans answers). Pages: {@code
 * /} lists transactions, {@code /pay/{order_id}} pays, expires, denies, cancels or refunds one, and
 * sends the signed notification — extra duplicates, the previous status replayed after it (out of
 * order), or after a delay, on request.
 */
public final class MidtransSimulator implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService handlers = Executors.newFixedThreadPool(4);
  private final ScheduledExecutorService delayed = Executors.newSingleThreadScheduledExecutor();
  private final String expectedAuth;
  private final NotificationSignature signer;
  private final NotificationSender sender;
  private final Clock clock;
  private final Map<String, SimulatedTransaction> transactions = new ConcurrentHashMap<>();
  private final Map<String, String[]> idempotency = new ConcurrentHashMap<>();
  private final AtomicInteger charges = new AtomicInteger();

  /** Port 0 picks a free one; notifications go to {@code notificationUrl}. */
  public MidtransSimulator(int port, ServerKey key, URI notificationUrl, Clock clock)
      throws IOException {
    this.expectedAuth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((key.reveal() + ":").getBytes(StandardCharsets.UTF_8));
    this.signer = new NotificationSignature(key);
    this.sender = new NotificationSender(notificationUrl);
    this.clock = clock;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.setExecutor(handlers);
    server.createContext("/v2/", this::coreApi);
    server.createContext("/pay/", this::pay);
    server.createContext("/", this::home);
    server.start();
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Transactions created (an idempotent replay or a refused duplicate creates none). */
  public int chargesCreated() {
    return charges.get();
  }

  public List<Delivery> deliveries() {
    return sender.deliveries();
  }

  /**
   * Moves a transaction as a payer or the bank would ({@code settle}, {@code expire}, {@code deny},
   * {@code cancel}, {@code refund}) and sends its notification(s). Returns the deliveries made now
   * (none when delayed).
   */
  public List<Delivery> act(
      String orderId, String action, int duplicates, boolean outOfOrder, long delayMillis) {
    SimulatedTransaction t = transactions.get(orderId);
    if (t == null) {
      throw new IllegalArgumentException("no transaction " + orderId);
    }
    String previous = t.status();
    String next = nextStatus(t, action);
    t.move(next, next.equals("deny") ? "deny" : "accept", clock.instant());
    List<String[]> bodies = new ArrayList<>();
    for (int i = 0; i <= Math.max(0, Math.min(duplicates, 5)); i++) {
      bodies.add(new String[] {next, t.notification(next, signer).toString()});
    }
    if (outOfOrder) {
      bodies.add(new String[] {previous, t.notification(previous, signer).toString()});
    }
    if (delayMillis > 0) {
      delayed.schedule(() -> deliver(orderId, bodies), delayMillis, TimeUnit.MILLISECONDS);
      return List.of();
    }
    return deliver(orderId, bodies);
  }

  private List<Delivery> deliver(String orderId, List<String[]> bodies) {
    List<Delivery> out = new ArrayList<>();
    for (String[] b : bodies) {
      out.add(sender.send(orderId, b[0], b[1]));
    }
    return out;
  }

  private static String nextStatus(SimulatedTransaction t, String action) {
    return switch (action) {
      case "settle" -> t.paymentType.equals("credit_card") ? "capture" : "settlement";
      case "expire" -> "expire";
      case "deny" -> "deny";
      case "cancel" -> "cancel";
      case "refund" -> "refund";
      default ->
          throw new IllegalArgumentException(
              "action must be settle, expire, deny, cancel or refund: " + action);
    };
  }

  private void coreApi(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!expectedAuth.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        json(exchange, 401, error("401", "Unknown Merchant server_key/id"));
        return;
      }
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/v2/charge") && exchange.getRequestMethod().equals("POST")) {
        charge(exchange);
      } else if (path.endsWith("/status") && exchange.getRequestMethod().equals("GET")) {
        String orderId = path.substring("/v2/".length(), path.length() - "/status".length());
        SimulatedTransaction t = transactions.get(orderId);
        if (t == null) {
          json(exchange, 404, error("404", "Transaction doesn't exist."));
        } else {
          json(exchange, 200, t.statusResponse(signer).toString());
        }
      } else if (path.endsWith("/cancel") && exchange.getRequestMethod().equals("POST")) {
        cancel(exchange, path.substring("/v2/".length(), path.length() - "/cancel".length()));
      } else {
        json(exchange, 404, error("404", "The requested resource is not found"));
      }
    }
  }

  /**
   * The signed notification body Midtrans would send now for the transaction (its current status),
   * for load tests that deliver it themselves.
   */
  public String signedNotification(String orderId) {
    SimulatedTransaction t = transactions.get(orderId);
    if (t == null) {
      throw new IllegalArgumentException("no transaction " + orderId);
    }
    return t.notification(t.status(), signer).toString();
  }

  /** The transaction's current {@code transaction_status}, or null when there is none. */
  public String transactionStatus(String orderId) {
    SimulatedTransaction t = transactions.get(orderId);
    return t == null ? null : t.status();
  }

  private void cancel(HttpExchange exchange, String orderId) throws IOException {
    SimulatedTransaction t = transactions.get(orderId);
    if (t == null) {
      json(exchange, 404, error("404", "Transaction doesn't exist."));
      return;
    }
    String answer;
    synchronized (t) {
      if (!t.status().equals("pending") && !t.status().equals("authorize")) {
        json(exchange, 412, error("412", "Merchant cannot modify the status of the transaction"));
        return;
      }
      t.move("cancel", "accept", clock.instant());
      answer = t.cancelResponse().toString();
    }
    String notification = t.notification("cancel", signer).toString();
    delayed.execute(
        () -> deliver(orderId, List.<String[]>of(new String[] {"cancel", notification})));
    json(exchange, 200, answer);
  }

  private void charge(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String key = exchange.getRequestHeaders().getFirst("X-Idempotency-Key");
    synchronized (this) {
      if (key != null && idempotency.containsKey(key)) {
        String[] first = idempotency.get(key);
        if (first[0].equals(body)) {
          json(exchange, 201, first[1]);
        } else {
          json(exchange, 409, error("409", "idempotency-key is not unique"));
        }
        return;
      }
      JsonNode charge;
      try {
        charge = JSON.readTree(body);
      } catch (IOException e) {
        json(exchange, 400, error("400", "request body is not JSON"));
        return;
      }
      String orderId = charge.path("transaction_details").path("order_id").asText("");
      if (orderId.isEmpty()
          || !charge.path("transaction_details").path("gross_amount").isIntegralNumber()) {
        json(
            exchange,
            400,
            error("400", "transaction_details.order_id and an integer gross_amount are required"));
        return;
      }
      if (transactions.containsKey(orderId)) {
        json(
            exchange,
            406,
            error(
                "406",
                "The request could not be completed due to a conflict with the current state of the target resource, order_id has already been utilized"));
        return;
      }
      SimulatedTransaction t =
          new SimulatedTransaction(charge, clock.instant(), charges.incrementAndGet());
      transactions.put(orderId, t);
      String response = t.chargeResponse(baseUrl() + "/pay/" + orderId).toString();
      if (key != null) {
        idempotency.put(key, new String[] {body, response});
      }
      json(exchange, 201, response);
    }
  }

  private void pay(HttpExchange exchange) throws IOException {
    try (exchange) {
      String orderId = exchange.getRequestURI().getPath().substring("/pay/".length());
      SimulatedTransaction t = transactions.get(orderId.replace("/qr", ""));
      if (t == null) {
        html(
            exchange,
            404,
            "<p>no transaction " + orderId.replaceAll("[^A-Za-z0-9_~.-]", "") + "</p>");
        return;
      }
      if (!exchange.getRequestMethod().equals("POST")) {
        html(exchange, 200, PayPage.transaction(t));
        return;
      }
      Map<String, String> form = form(exchange);
      List<Delivery> sent;
      try {
        sent =
            act(
                t.orderId,
                form.getOrDefault("action", ""),
                Integer.parseInt(form.getOrDefault("duplicates", "0")),
                "true".equals(form.get("outOfOrder")),
                Long.parseLong(form.getOrDefault("delaySeconds", "0")) * 1000);
      } catch (IllegalArgumentException e) {
        html(exchange, 400, "<p>" + e.getMessage().replace("<", "&lt;") + "</p>");
        return;
      }
      String accept = exchange.getRequestHeaders().getFirst("Accept");
      if (accept != null && accept.contains("application/json")) {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("transaction_status", t.status());
        var list = answer.putArray("deliveries");
        sent.forEach(
            d ->
                list.addObject()
                    .put("transaction_status", d.transactionStatus())
                    .put("http_status", d.httpStatus()));
        json(exchange, 200, answer.toString());
      } else {
        exchange.getResponseHeaders().add("Location", "/pay/" + t.orderId);
        exchange.sendResponseHeaders(303, -1);
      }
    }
  }

  private void home(HttpExchange exchange) throws IOException {
    try (exchange) {
      html(exchange, 200, PayPage.list(transactions.values()));
    }
  }

  private static Map<String, String> form(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String query = exchange.getRequestURI().getRawQuery();
    String all = (query == null ? "" : query) + "&" + body;
    Map<String, String> out = new HashMap<>();
    for (String pair : all.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static String error(String code, String message) {
    ObjectNode body = JSON.createObjectNode();
    body.put("status_code", code);
    body.put("status_message", message);
    return body.toString();
  }

  private static void json(HttpExchange exchange, int status, String body) throws IOException {
    send(exchange, status, "application/json", body);
  }

  private static void html(HttpExchange exchange, int status, String body) throws IOException {
    send(exchange, status, "text/html; charset=utf-8", body);
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    handlers.shutdownNow();
    delayed.shutdownNow();
  }
}
