package id.nusatrade.ui.trading;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.ExitReason;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.OrderType;
import id.nusatrade.domain.trading.Protection;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.domain.trading.TradingState;
import id.nusatrade.trading.application.TradingDesk;
import id.nusatrade.trading.application.UnknownTradingObjectException;
import id.nusatrade.trading.engine.ModeChangeRefusedException;
import id.nusatrade.trading.engine.OrderView;
import id.nusatrade.trading.engine.PositionView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@link TradingDesk} over the REST API ({@code /api/v1/accounts}, {@code /orders}, {@code
 * /positions}; docs/trading.md, "REST"), as the signed-in user ({@code accessToken}). Answers map
 * back to the same types and exceptions as the engine's desk: 404 → {@link
 * UnknownTradingObjectException}, a refused switch (403/409 whose detail starts with its reason
 * code) → {@link ModeChangeRefusedException}, a rejected order (422) → the REJECTED order, 400 →
 * {@link IllegalArgumentException}, a refused cancel (409) → {@link IllegalStateException}.
 */
public final class RestTradingDesk implements TradingDesk {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final String apiBase;
  private final Supplier<Optional<String>> accessToken;

  /**
   * @param apiBase the REST API's base, e.g. {@code http://127.0.0.1:9080/api/v1}
   * @param accessToken the signed-in user's access token (Keycloak; audience {@code nusatrade})
   */
  public RestTradingDesk(String apiBase, Supplier<Optional<String>> accessToken) {
    this.apiBase = apiBase.endsWith("/") ? apiBase.substring(0, apiBase.length() - 1) : apiBase;
    this.accessToken = accessToken;
  }

  private record Answer(int status, JsonNode body) {}

  private Answer call(String method, String path, JsonNode body) {
    String token =
        accessToken
            .get()
            .orElseThrow(() -> new IllegalStateException("no access token: sign in again"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(apiBase + path))
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode parsed = r.body().isBlank() ? JSON.nullNode() : JSON.readTree(r.body());
      if (r.statusCode() == 404) {
        throw new UnknownTradingObjectException(detail(parsed, "not found"));
      }
      if (r.statusCode() == 400) {
        throw new IllegalArgumentException(detail(parsed, "bad request"));
      }
      if (r.statusCode() >= 500 || r.statusCode() == 401) {
        throw new IllegalStateException(
            "the trading API answered " + r.statusCode() + ": " + detail(parsed, r.body()));
      }
      return new Answer(r.statusCode(), parsed);
    } catch (IOException e) {
      throw new UncheckedIOException("the trading API cannot be reached at " + apiBase, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling the trading API", e);
    }
  }

  private static String detail(JsonNode body, String fallback) {
    return body.hasNonNull("detail") ? body.get("detail").asText() : fallback;
  }

  @Override
  public List<Account> accounts(TenantId tenant) {
    List<Account> out = new ArrayList<>();
    for (JsonNode a : call("GET", "/accounts", null).body()) {
      out.add(account(tenant, a));
    }
    return out;
  }

  @Override
  public Optional<Account> account(TenantId tenant, AccountId id) {
    return accounts(tenant).stream().filter(a -> a.id().equals(id)).findFirst();
  }

  @Override
  public Account tradingState(TenantId tenant, AccountId id, TradingState state) {
    ObjectNode body = JSON.createObjectNode().put("state", state.name());
    return account(tenant, call("PUT", "/accounts/" + id + "/trading-state", body).body());
  }

  @Override
  public Account mode(TenantId tenant, AccountId id, AccountMode mode) {
    Answer a =
        call("PUT", "/accounts/" + id + "/mode", JSON.createObjectNode().put("mode", mode.name()));
    if (a.status() == 403 || a.status() == 409) {
      String detail = detail(a.body(), "");
      int colon = detail.indexOf(':');
      ModeChangeRefusedException.Reason reason;
      try {
        reason = ModeChangeRefusedException.Reason.valueOf(detail.substring(0, Math.max(colon, 0)));
      } catch (IllegalArgumentException unknownCode) {
        throw new IllegalStateException(detail);
      }
      throw new ModeChangeRefusedException(reason, detail.substring(colon + 1).trim());
    }
    return account(tenant, a.body());
  }

  @Override
  public List<OrderView> orders(TenantId tenant, Optional<AccountId> only) {
    String query = only.map(id -> "?accountId=" + id).orElse("");
    List<OrderView> out = new ArrayList<>();
    for (JsonNode o : call("GET", "/orders" + query, null).body()) {
      out.add(order(o));
    }
    return out;
  }

  @Override
  public Submitted submit(TenantId tenant, OrderIntent intent) {
    ObjectNode body =
        JSON.createObjectNode()
            .put("accountId", intent.account().toString())
            .put("clientOrderId", intent.clientOrderId().value())
            .put("symbol", intent.symbol())
            .put("side", intent.side().name())
            .put("type", intent.type().name())
            .put("quantity", intent.quantity());
    putIfSet(body, "limitPrice", intent.limitPrice());
    putIfSet(body, "stopPrice", intent.stopPrice());
    putIfSet(body, "stopLoss", intent.protection().stopLoss());
    putIfSet(body, "takeProfit", intent.protection().takeProfit());
    putIfSet(body, "trailingStop", intent.protection().trailingDistance());
    Answer a = call("POST", "/orders", body);
    JsonNode order = a.status() == 422 ? a.body().get("order") : a.body();
    return new Submitted(order(order), a.status() == 200);
  }

  private static void putIfSet(ObjectNode body, String field, BigDecimal value) {
    if (value != null) {
      body.put(field, value);
    }
  }

  @Override
  public List<AccountPosition> positions(TenantId tenant, Optional<AccountId> only) {
    List<Account> accounts = accounts(tenant);
    List<AccountPosition> out = new ArrayList<>();
    for (JsonNode p : call("GET", "/positions", null).body()) {
      AccountId id = new AccountId(UUID.fromString(p.get("accountId").asText()));
      if (only.isPresent() && !only.get().equals(id)) {
        continue;
      }
      accounts.stream()
          .filter(a -> a.id().equals(id))
          .findFirst()
          .ifPresent(a -> out.add(new AccountPosition(a, position(p))));
    }
    return out;
  }

  @Override
  public List<OrderView> closeAll(TenantId tenant, Optional<AccountId> only) {
    String query = only.map(id -> "?accountId=" + id).orElse("");
    List<OrderView> out = new ArrayList<>();
    for (JsonNode o : call("POST", "/positions/close-all" + query, null).body()) {
      out.add(order(o));
    }
    return out;
  }

  @Override
  public OrderView cancel(TenantId tenant, long orderId) {
    Answer a = call("DELETE", "/orders/" + orderId, null);
    if (a.status() == 409) {
      throw new IllegalStateException(detail(a.body(), "the order cannot be cancelled"));
    }
    return order(a.body());
  }

  static Account account(TenantId tenant, JsonNode a) {
    return new Account(
        new AccountId(UUID.fromString(a.get("id").asText())),
        tenant,
        AccountMode.valueOf(a.get("mode").asText()),
        TradingState.valueOf(a.get("tradingState").asText()));
  }

  static OrderView order(JsonNode o) {
    OrderIntent intent =
        new OrderIntent(
            new AccountId(UUID.fromString(o.get("accountId").asText())),
            new ClientOrderId(o.get("clientOrderId").asText()),
            o.get("symbol").asText(),
            Side.valueOf(o.get("side").asText()),
            decimal(o, "quantity"),
            OrderType.valueOf(o.get("type").asText()),
            decimal(o, "limitPrice"),
            decimal(o, "stopPrice"),
            new Protection(
                decimal(o, "stopLoss"), decimal(o, "takeProfit"), decimal(o, "trailingStop")));
    List<String> reasons = new ArrayList<>();
    o.path("reasons").forEach(r -> reasons.add(r.asText()));
    return new OrderView(
        o.get("id").asLong(),
        intent,
        o.hasNonNull("createdAt") ? Instant.parse(o.get("createdAt").asText()).toEpochMilli() : 0,
        o.hasNonNull("exitReason") ? ExitReason.valueOf(o.get("exitReason").asText()) : null,
        OrderState.valueOf(o.get("state").asText()),
        decimal(o, "filledQuantity"),
        decimal(o, "averagePrice"),
        List.copyOf(reasons),
        null); // the rules' valuation is not part of the REST order
  }

  static PositionView position(JsonNode p) {
    return new PositionView(
        p.get("symbol").asText(),
        decimal(p, "quantity"),
        decimal(p, "averagePrice"),
        decimal(p, "markPrice"),
        decimal(p, "unrealisedPnl"),
        decimal(p, "realisedPnl"),
        decimal(p, "commissions"),
        decimal(p, "swaps"),
        new Protection(
            decimal(p, "stopLoss"), decimal(p, "takeProfit"), decimal(p, "trailingStop")));
  }

  private static BigDecimal decimal(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isNumber() ? v.decimalValue() : new BigDecimal(v.asText());
  }
}
