package id.nusatrade.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.compliance.approval.ApprovalResultPublisher;
import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.launcher.component.ClickHouseServer;
import id.nusatrade.launcher.component.EmbeddedArtemis;
import id.nusatrade.launcher.component.KeycloakServer;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.messaging.contract.TickSampled;
import id.nusatrade.messaging.jms.ArtemisConnections;
import id.nusatrade.messaging.jms.ArtemisEventPublisher;
import id.nusatrade.messaging.jms.EventMessages;
import id.nusatrade.messaging.json.EventJsonCodec;
import id.nusatrade.server.SystemClock;
import id.nusatrade.tickstore.clickhouse.ClickHouseDataSources;
import id.nusatrade.tickstore.clickhouse.ClickHouseTickStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trading API over HTTP on the real server (PostgreSQL, Keycloak, Artemis as TenantApiIT), with
 * the shipped Drools risk rules deciding. Ticks arrive as the gateway publishes them (sampled tick
 * events on the embedded broker); before the first one a market order cannot be valued, so the
 * rules tests use limit orders. The run's tick store is ClickHouse (the launcher's {@code
 * --tick-store clickhouse}: its clickhouse-server, {@code NUSATRADE_TICK_STORE} and {@code
 * NUSATRADE_CLICKHOUSE_URL} given to the server), so /market answers from ClickHouse here while
 * TenantApiIT covers PostgreSQL. The trader's backtests ride along ({@link BacktestApiCases}).
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class TradingApiIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /**
   * The server's clock starts here (a Wednesday, 10:00 in New York: the FX session is open), so the
   * rules never answer MARKET_CLOSED because of the day the build runs.
   */
  static final TenantId TRADER_A_TENANT = TenantId.of("11111111-1111-1111-1111-111111111111");

  static final Instant IN_FX_SESSION = Instant.parse("2026-12-02T15:00:00Z");

  private static EmptyDatabase db;
  private static KeycloakServer keycloak;
  private static EmbeddedArtemis artemis;
  private static ClickHouseServer clickHouse;
  private static LibertyProcess liberty;
  private static Tokens tokens;

  @BeforeAll
  static void startEverything() throws Exception {
    db = new EmptyDatabase();
    LauncherConfig config =
        LauncherConfig.defaults()
            .with(Setting.STATE_DIR, Path.of("target/it-state").toAbsolutePath())
            .with(Setting.TICK_STORE, "clickhouse")
            .withFreePorts();
    artemis = new EmbeddedArtemis(config);
    artemis.start();
    clickHouse = new ClickHouseServer(config);
    clickHouse.start();
    keycloak = new KeycloakServer(config);
    keycloak.start();
    tokens = new Tokens(keycloak.tokenEndpoint());
    Map<String, String> env =
        new HashMap<>(
            Map.of(
                "DB_URL",
                db.jdbcUrl(),
                "NUSATRADE_DEMO_DATA",
                "true",
                "OIDC_ISSUER",
                keycloak.issuer(),
                "OIDC_JWKS_URL",
                keycloak.issuer() + "/protocol/openid-connect/certs",
                "ARTEMIS_URL",
                artemis.url(),
                "ZEEBE_GRPC_ADDRESS",
                "http://127.0.0.1:" + LibertyProcess.freePort(),
                "NUSATRADE_TRADING_JOURNAL_DIR",
                Files.createTempDirectory("trading-journal").toString(),
                SystemClock.START,
                IN_FX_SESSION.toString(),
                "NUSATRADE_ONBOARDING_REGISTRATIONS_PER_MINUTE",
                Integer.toString(OnboardingApiCases.REGISTRATIONS_PER_MINUTE)));
    env.putAll(clickHouse.libertyEnv()); // the tick store, as the launcher hands it to Liberty
    liberty = new LibertyProcess(env);
    liberty.start();
  }

  @AfterAll
  static void stopEverything() throws Exception {
    try (AutoCloseable pg = db;
        AutoCloseable broker = () -> artemis.stop();
        AutoCloseable ticks = () -> clickHouse.stop();
        AutoCloseable kc = () -> keycloak.stop();
        AutoCloseable server = liberty) {
      // closed in reverse order
    }
  }

  static HttpResponse<String> call(String method, String path, String user, String body)
      throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(liberty.baseUrl() + path))
            .header("Authorization", "Bearer " + tokens.accessToken(user))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String limit(String id, String qty) {
    return "{\"clientOrderId\":\""
        + id
        + "\",\"symbol\":\"EURUSD\",\"side\":\"BUY\",\"quantity\":"
        + qty
        + ",\"type\":\"LIMIT\",\"limitPrice\":1}";
  }

  static String accountOf(String user) throws Exception {
    HttpResponse<String> r = call("GET", "/api/v1/accounts", user, null);
    assertThat(r.statusCode()).isEqualTo(200);
    return JSON.readTree(r.body()).get(0).get("id").asText();
  }

  @Test
  void a_aNewTenantHasOnePaperAccountThatIsActive() throws Exception {
    JsonNode accounts = JSON.readTree(call("GET", "/api/v1/accounts", "trader-a", null).body());
    assertThat(accounts).hasSize(1);
    assertThat(accounts.get(0).get("mode").asText()).isEqualTo("PAPER");
    assertThat(accounts.get(0).get("tradingState").asText()).isEqualTo("ACTIVE");
  }

  @Test
  void b_theSameClientOrderIdTwiceIsOneOrder() throws Exception {
    HttpResponse<String> first = call("POST", "/api/v1/orders", "trader-a", limit("it-1", "1000"));
    HttpResponse<String> second = call("POST", "/api/v1/orders", "trader-a", limit("it-1", "1000"));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(second.body()).get("id").asLong())
        .isEqualTo(JSON.readTree(first.body()).get("id").asLong());
    assertThat(JSON.readTree(first.body()).get("state").asText()).isEqualTo("SENT");
    JsonNode orders = JSON.readTree(call("GET", "/api/v1/orders", "trader-a", null).body());
    assertThat(orders).hasSize(1);
  }

  @Test
  void c_theRulesRejectWith422AndReasonsOrAskForApprovalWith202() throws Exception {
    // risk-limits.csv, standard: max notional per order 500,000,000; approval above 250,000,000
    HttpResponse<String> rejected =
        call("POST", "/api/v1/orders", "trader-a", limit("it-big", "600000000"));
    assertThat(rejected.statusCode()).isEqualTo(422);
    assertThat(rejected.body()).contains("MAX_NOTIONAL_PER_ORDER");
    HttpResponse<String> approval =
        call("POST", "/api/v1/orders", "trader-a", limit("it-mid", "300000000"));
    assertThat(approval.statusCode()).isEqualTo(202);
    assertThat(JSON.readTree(approval.body()).get("state").asText()).isEqualTo("PENDING_APPROVAL");
  }

  @Test
  void cc_theApprovalWorkflowsResultReleasesTheWaitingOrderOnce() throws Exception {
    HttpResponse<String> waiting =
        call("POST", "/api/v1/orders", "trader-a", limit("it-approve", "300000000"));
    assertThat(waiting.statusCode()).as(waiting.body()).isEqualTo(202);
    long id = JSON.readTree(waiting.body()).get("id").asLong();
    // what PublishApprovalResultWorker publishes, twice (two deliveries of the result)
    for (int delivery = 0; delivery < 2; delivery++) {
      publish(
          new EventEnvelope(
              UUID.randomUUID(),
              TRADER_A_TENANT,
              ApprovalResultPublisher.EVENT_TYPE,
              IN_FX_SESSION,
              1,
              "{\"orderId\":\"" + id + "\",\"result\":\"APPROVED\",\"decidedBy\":\"it\"}"));
    }
    JsonNode sent = awaitOrder(id, "SENT");
    // the order keeps why it needed a person
    assertThat(sent.get("reasons").get(0).asText()).startsWith("APPROVAL_NOTIONAL");
  }

  @Test
  void d_anotherTenantsAccountIsNotFoundAndItsOrdersInvisible() throws Exception {
    String accountA = accountOf("trader-a");
    HttpResponse<String> r =
        call(
            "PUT",
            "/api/v1/accounts/" + accountA + "/trading-state",
            "trader-b",
            "{\"state\":\"HALTED\"}");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(call("GET", "/api/v1/orders", "trader-b", null).body())).isEmpty();
  }

  @Test
  void dd_sampledTicksFromTheBusFillAPaperMarketOrderAndCloseAllFlattensIt() throws Exception {
    tick(1, 1.10000, 1.10002);
    // the engine holds a quote once a market order is no longer refused for want of a price
    HttpResponse<String> placed = null;
    for (int attempt = 0; attempt < 100; attempt++) {
      placed = call("POST", "/api/v1/orders", "trader-a", market("it-m" + attempt, "BUY"));
      if (placed.statusCode() == 201) {
        break;
      }
      assertThat(placed.body()).contains("NO_PRICE");
      LockSupport.parkNanos(100_000_000L);
    }
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
    long id = JSON.readTree(placed.body()).get("id").asLong();
    tick(2, 1.10010, 1.10012);
    JsonNode order = awaitOrder(id, "FILLED");
    // paper fills a buy at the ask of the next tick (no costs configured)
    assertThat(order.get("averagePrice").decimalValue()).isEqualByComparingTo("1.10012");
    JsonNode positions = JSON.readTree(call("GET", "/api/v1/positions", "trader-a", null).body());
    assertThat(positions).hasSize(1);
    assertThat(positions.get(0).get("quantity").decimalValue()).isEqualByComparingTo("1000");

    HttpResponse<String> closing = call("POST", "/api/v1/positions/close-all", "trader-a", null);
    assertThat(closing.statusCode()).isEqualTo(202);
    long exit = JSON.readTree(closing.body()).get(0).get("id").asLong();
    tick(3, 1.10020, 1.10022);
    awaitOrder(exit, "FILLED");
    assertThat(call("GET", "/api/v1/positions", "trader-a", null).body()).isEqualTo("[]");

    // the fills happened at tick time 1970-01-01 (Jakarta): bought 1000 at 1.10012, sold at the
    // bid 1.10020: realised (1.10020 − 1.10012) × 1000 = 0.08 USD; no USDIDR quote, no rate
    JsonNode pnl =
        JSON.readTree(
            call(
                    "GET",
                    "/api/v1/accounts/" + accountOf("trader-a") + "/pnl?day=1970-01-01",
                    "trader-a",
                    null)
                .body());
    assertThat(pnl.get("currencies").get(0).get("realised").decimalValue())
        .isEqualByComparingTo("0.08");
    assertThat(pnl.get("missingRates").get(0).asText()).isEqualTo("USD");
  }

  static String market(String id, String side) {
    return "{\"clientOrderId\":\""
        + id
        + "\",\"symbol\":\"EURUSD\",\"side\":\""
        + side
        + "\",\"quantity\":1000,\"type\":\"MARKET\"}";
  }

  /** A sampled tick as the gateway publishes it (market.tick.sampled v1). */
  /** A sampled tick of trader A's demo feed (terminal 80001), as the gateway publishes it. */
  static void tick(long time, double bid, double ask) throws Exception {
    publish(
        new PayloadCodec()
            .envelope(
                EventContracts.TICK_SAMPLED,
                UUID.randomUUID(),
                TRADER_A_TENANT,
                Instant.ofEpochMilli(time),
                new TickSampled(80001, "EURUSD", time, bid, ask, 0)));
  }

  static void publish(EventEnvelope event) {
    var factory = ArtemisConnections.withoutReconnect(artemis.url(), "nusatrade", "nusatrade");
    try (var publisher =
        new ArtemisEventPublisher(
            factory, EventRouting.defaults(), new EventMessages(new EventJsonCodec()))) {
      publisher.publish(event);
    }
  }

  static JsonNode awaitOrder(long id, String state) throws Exception {
    JsonNode found = null;
    for (int attempt = 0; attempt < 100; attempt++) {
      for (JsonNode o : JSON.readTree(call("GET", "/api/v1/orders", "trader-a", null).body())) {
        if (o.get("id").asLong() == id) {
          found = o;
        }
      }
      if (found != null && found.get("state").asText().equals(state)) {
        return found;
      }
      LockSupport.parkNanos(100_000_000L);
    }
    throw new AssertionError("order " + id + " did not reach " + state + ": " + found);
  }

  @Test
  void e_haltedRefusesNewOrdersAndCloseAllAnswers() throws Exception {
    String account = accountOf("trader-a");
    HttpResponse<String> halt =
        call(
            "PUT",
            "/api/v1/accounts/" + account + "/trading-state",
            "trader-a",
            "{\"state\":\"HALTED\"}");
    assertThat(halt.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(halt.body()).get("tradingState").asText()).isEqualTo("HALTED");
    HttpResponse<String> refused =
        call("POST", "/api/v1/orders", "trader-a", limit("it-halted", "1"));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("HALTED");
    assertThat(call("POST", "/api/v1/positions/close-all", "trader-a", null).statusCode())
        .isEqualTo(202);
    assertThat(call("GET", "/api/v1/positions", "trader-a", null).body()).isEqualTo("[]");
  }

  @Test
  void f_ordersReachTheirTenantScopedTable() throws Exception {
    String account = accountOf("trader-a");
    long rows = 0;
    for (int attempt = 0; attempt < 100 && rows == 0; attempt++) {
      rows = count(account);
      if (rows == 0) {
        Thread.onSpinWait();
        java.util.concurrent.locks.LockSupport.parkNanos(
            100_000_000L); // the store drains every 0.5 s
      }
    }
    assertThat(rows).isGreaterThanOrEqualTo(3);
  }

  @Test
  void g_marketBarsAndSymbolsAnswerFromClickHouseForTheCallersFeedOnly() throws Exception {
    // two tenants' terminals stream XAUUSD at different prices, only A's streams XAGUSD; written
    // to ClickHouse as the gateway writes them (nothing of it is in PostgreSQL)
    ClickHouseTickStore store =
        new ClickHouseTickStore(ClickHouseDataSources.forUrl(clickHouse.jdbcUrl()));
    long t0 = Instant.parse("2026-11-20T03:00:00Z").toEpochMilli();
    FeedId goldA = new FeedId(TRADER_A_TENANT, 80001, "XAUUSD");
    FeedId goldB = new FeedId(TenantId.of("22222222-2222-2222-2222-222222222222"), 90001, "XAUUSD");
    FeedId silverA = new FeedId(TRADER_A_TENANT, 80001, "XAGUSD");
    store.appendBars(
        List.of(
            new Bar(goldA, Timeframe.M1, t0, 2000, 2001, 1999, 2000.5, 10),
            new Bar(goldB, Timeframe.M1, t0, 2100, 2101, 2099, 2100.5, 7),
            new Bar(silverA, Timeframe.M1, t0, 24, 24.2, 23.9, 24.1, 3)));
    store.flush();
    String gold = "/api/v1/market/bars?symbol=XAUUSD&timeframe=M1&limit=10";

    HttpResponse<String> ofA = call("GET", gold, "trader-a", null);
    assertThat(ofA.statusCode()).as(ofA.body()).isEqualTo(200);
    assertThat(JSON.readTree(ofA.body()))
        .isEqualTo(
            JSON.readTree(
                "[{\"time\":"
                    + t0
                    + ",\"open\":2000.0,\"high\":2001.0,\"low\":1999.0,\"close\":2000.5,"
                    + "\"volume\":10}]"));
    HttpResponse<String> ofB = call("GET", gold, "trader-b", null);
    assertThat(JSON.readTree(ofB.body()).size()).isEqualTo(1);
    assertThat(JSON.readTree(ofB.body()).get(0).get("close").asDouble()).isEqualTo(2100.5);
    assertThat(JSON.readTree(call("GET", "/api/v1/market/symbols", "trader-a", null).body()))
        .isEqualTo(JSON.readTree("[\"XAGUSD\",\"XAUUSD\"]"));
    // another tenant sees nothing of A's silver feed: not in its symbols, 404 for its bars
    assertThat(JSON.readTree(call("GET", "/api/v1/market/symbols", "trader-b", null).body()))
        .isEqualTo(JSON.readTree("[\"XAUUSD\"]"));
    HttpResponse<String> silverOfB =
        call("GET", "/api/v1/market/bars?symbol=XAGUSD&timeframe=M1", "trader-b", null);
    assertThat(silverOfB.statusCode()).isEqualTo(404);
    assertThat(silverOfB.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  private static long count(String account) throws Exception {
    try (Connection c = db.as(EmptyDatabase.OWNER).getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s =
          c.prepareStatement(
              "select set_config('app.tenant_id', '11111111-1111-1111-1111-111111111111', true)")) {
        s.execute();
      }
      try (PreparedStatement s =
          c.prepareStatement("select count(*) from trading_order where account_id = ?::uuid")) {
        s.setString(1, account);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return r.getLong(1);
        }
      }
    }
  }

  @Test
  void z1_backtestsABadStrategyIs422NamingTheLine() throws Exception {
    new BacktestApiCases(liberty.baseUrl(), tokens).aBadStrategyIs422NamingTheLine();
  }

  @Test
  void z2_backtestsRunInTheBackgroundWithTheCommandLinesTrades(@TempDir Path dir) throws Exception {
    new BacktestApiCases(liberty.baseUrl(), tokens)
        .aRunGivesTheCommandLinesTradesAndIsInvisibleToAnotherTenant(dir);
  }

  private static OnboardingApiCases onboarding() {
    return new OnboardingApiCases(liberty.baseUrl(), tokens, db);
  }

  @Test
  void g_aRegistrationIsValidatedAcceptedWithAnIdAndRateLimitedPerAddress() throws Exception {
    onboarding().registrationIsValidatedAnsweredWithAnIdAndRateLimited();
  }

  @Test
  void h_officersSeeTheirTasksClaimAndADecisionNeedsAReason() throws Exception {
    onboarding().officersSeeClaimAndMustGiveAReason();
  }
}
