package id.nusatrade.ui.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.trading.application.TradingDesk;
import id.nusatrade.trading.application.UnknownTradingObjectException;
import id.nusatrade.trading.engine.ModeChangeRefusedException;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REST client of the trading page against a loopback server answering as the trading API
 * documents it (docs/trading.md, "REST"; bodies written by hand).
 */
class RestTradingDeskTest {
  static final TenantId TENANT = TenantId.of("11111111-1111-1111-1111-111111111111");
  static final String ACCOUNT = "0b5a1c2e-0000-4000-8000-000000000001";

  HttpServer server;
  final Map<String, String[]> answers = new ConcurrentHashMap<>(); // "METHOD path" → status, body
  final Map<String, String> seen = new ConcurrentHashMap<>(); // "METHOD path" → request body
  volatile String authorization;
  TradingDesk desk;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/api/v1",
        exchange -> {
          String key =
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestURI().getPath().substring("/api/v1".length())
                  + (exchange.getRequestURI().getQuery() == null
                      ? ""
                      : "?" + exchange.getRequestURI().getQuery());
          authorization = exchange.getRequestHeaders().getFirst("Authorization");
          seen.put(
              key, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          String[] answer = answers.getOrDefault(key, new String[] {"404", "{\"detail\":\"no\"}"});
          byte[] body = answer[1].getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(Integer.parseInt(answer[0]), body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    desk =
        new RestTradingDesk(
            "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1",
            () -> Optional.of("token-of-trader-a"));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  static String order(String state, String reasons) {
    return """
        {"id":7,"accountId":"%s","clientOrderId":"ui-1","symbol":"EURUSD","side":"BUY",\
        "type":"MARKET","quantity":600000000,"limitPrice":null,"stopPrice":null,"stopLoss":null,\
        "takeProfit":null,"trailingStop":null,"state":"%s","filledQuantity":0,\
        "averagePrice":null,"reasons":[%s],"exitReason":null,"createdAt":"2026-12-02T15:00:00Z"}"""
        .formatted(ACCOUNT, state, reasons);
  }

  @Test
  void accountsArriveAsTheCallerSeesThemWithItsToken() {
    answers.put(
        "GET /accounts",
        new String[] {
          "200", "[{\"id\":\"" + ACCOUNT + "\",\"mode\":\"PAPER\",\"tradingState\":\"HALTED\"}]"
        });
    var accounts = desk.accounts(TENANT);
    assertThat(accounts)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.id()).isEqualTo(new AccountId(UUID.fromString(ACCOUNT)));
              assertThat(a.tenant()).isEqualTo(TENANT);
              assertThat(a.mode()).isEqualTo(AccountMode.PAPER);
              assertThat(a.tradingState().name()).isEqualTo("HALTED");
            });
    assertThat(authorization).isEqualTo("Bearer token-of-trader-a");
  }

  @Test
  void aRejectedOrderComesBackWithTheRulesReasonCodes() {
    answers.put(
        "POST /orders",
        new String[] {
          "422",
          "{\"status\":422,\"reasons\":[\"MAX_NOTIONAL_PER_ORDER: too big\"],\"order\":"
              + order("REJECTED", "\"MAX_NOTIONAL_PER_ORDER: too big\"")
              + "}"
        });
    TradingDesk.Submitted s =
        desk.submit(
            TENANT,
            OrderIntent.market(
                new AccountId(UUID.fromString(ACCOUNT)),
                new ClientOrderId("ui-1"),
                "EURUSD",
                Side.BUY,
                new BigDecimal("600000000")));
    assertThat(s.duplicate()).isFalse();
    assertThat(s.order().state()).isEqualTo(OrderState.REJECTED);
    assertThat(s.order().reasons()).containsExactly("MAX_NOTIONAL_PER_ORDER: too big");
    assertThat(s.order().intent().quantity()).isEqualByComparingTo("600000000");
    assertThat(s.order().createdAtMillis()).isEqualTo(1_796_223_600_000L);
    assertThat(seen.get("POST /orders"))
        .contains("\"clientOrderId\":\"ui-1\"")
        .contains("\"accountId\":\"" + ACCOUNT + "\"")
        .contains("\"type\":\"MARKET\"");
  }

  @Test
  void aRefusedSwitchKeepsItsReasonCodeAndAnotherTenantsOrderIsUnknown() {
    answers.put(
        "PUT /accounts/" + ACCOUNT + "/mode",
        new String[] {"409", "{\"status\":409,\"detail\":\"NO_MT5_LOGIN: link the terminal\"}"});
    assertThatThrownBy(
            () -> desk.mode(TENANT, new AccountId(UUID.fromString(ACCOUNT)), AccountMode.LIVE))
        .isInstanceOfSatisfying(
            ModeChangeRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(ModeChangeRefusedException.Reason.NO_MT5_LOGIN))
        .hasMessage("NO_MT5_LOGIN: link the terminal");
    assertThat(seen.get("PUT /accounts/" + ACCOUNT + "/mode")).isEqualTo("{\"mode\":\"LIVE\"}");
    assertThatThrownBy(() -> desk.cancel(TENANT, 99))
        .isInstanceOf(UnknownTradingObjectException.class);
  }

  @Test
  void positionsKeepTheirExactAmountsIncludingSwaps() {
    answers.put(
        "GET /accounts",
        new String[] {
          "200", "[{\"id\":\"" + ACCOUNT + "\",\"mode\":\"LIVE\",\"tradingState\":\"ACTIVE\"}]"
        });
    answers.put(
        "GET /positions",
        new String[] {
          "200",
          "[{\"accountId\":\""
              + ACCOUNT
              + "\",\"symbol\":\"EURUSD\",\"quantity\":0.5,\"averagePrice\":1.1002,"
              + "\"markPrice\":1.1010,\"unrealisedPnl\":0.00040000,\"realisedPnl\":0.12345678,"
              + "\"commissions\":3.5,\"swaps\":-0.75,\"stopLoss\":1.09,\"takeProfit\":null,"
              + "\"trailingStop\":null}]"
        });
    List<TradingDesk.AccountPosition> positions = desk.positions(TENANT, Optional.empty());
    assertThat(positions)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.account().mode()).isEqualTo(AccountMode.LIVE);
              assertThat(p.position().realisedPnl()).isEqualTo(new BigDecimal("0.12345678"));
              assertThat(p.position().swaps()).isEqualByComparingTo("-0.75");
              assertThat(p.position().commissions()).isEqualByComparingTo("3.5");
              assertThat(p.position().protection().stopLoss()).isEqualByComparingTo("1.09");
            });
  }
}
