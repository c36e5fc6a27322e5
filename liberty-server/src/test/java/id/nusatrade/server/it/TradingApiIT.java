package id.nusatrade.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.compliance.approval.ApprovalResultPublisher;
import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.launcher.component.ClickHouseServer;
import id.nusatrade.launcher.component.EmbeddedArtemis;
import id.nusatrade.launcher.component.KeycloakServer;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.contract.BarClosed;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.messaging.contract.TickSampled;
import id.nusatrade.messaging.jms.ArtemisConnections;
import id.nusatrade.messaging.jms.ArtemisEventPublisher;
import id.nusatrade.messaging.jms.EventMessages;
import id.nusatrade.messaging.json.EventJsonCodec;
import id.nusatrade.server.SystemClock;
import id.nusatrade.signals.cli.TrainCommand;
import id.nusatrade.signals.model.ModelStore;
import id.nusatrade.tickstore.clickhouse.ClickHouseDataSources;
import id.nusatrade.tickstore.clickhouse.ClickHouseTickStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
                "NUSATRADE_MODELS_DIR",
                Files.createTempDirectory("models").toString(),
                SystemClock.START,
                IN_FX_SESSION.toString(),
                "NUSATRADE_ONBOARDING_REGISTRATIONS_PER_MINUTE",
                Integer.toString(OnboardingApiCases.REGISTRATIONS_PER_MINUTE)));
    env.putAll(clickHouse.libertyEnv()); // the tick store, as the launcher hands it to Liberty
    env.put("NUSATRADE_BACKTEST_UPLOAD_MAX_BYTES", String.valueOf(BacktestApiCases.UPLOAD_CAP));
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
  void ddd_theLiveSwitchNamesWhyItIsRefusedAndACancelIsTenantScoped() throws Exception {
    String account = accountOf("trader-a");
    HttpResponse<String> noTerminal =
        call("PUT", "/api/v1/accounts/" + account + "/mode", "trader-a", "{\"mode\":\"LIVE\"}");
    assertThat(noTerminal.statusCode()).as(noTerminal.body()).isEqualTo(409);
    assertThat(noTerminal.body()).contains("NO_MT5_LOGIN");
    assertThat(
            call("PUT", "/api/v1/accounts/" + account + "/mode", "trader-b", "{\"mode\":\"LIVE\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            JSON.readTree(call("GET", "/api/v1/accounts", "trader-a", null).body())
                .get(0)
                .get("mode")
                .asText())
        .isEqualTo("PAPER");

    HttpResponse<String> working =
        call("POST", "/api/v1/orders", "trader-a", limit("it-cancel", "1000"));
    assertThat(working.statusCode()).as(working.body()).isEqualTo(201);
    long id = JSON.readTree(working.body()).get("id").asLong();
    assertThat(call("DELETE", "/api/v1/orders/" + id, "trader-b", null).statusCode())
        .isEqualTo(404);
    HttpResponse<String> cancelled = call("DELETE", "/api/v1/orders/" + id, "trader-a", null);
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(202);
    assertThat(JSON.readTree(cancelled.body()).get("state").asText()).isEqualTo("CANCELLED");
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

  @Test
  void z3_backtestsTakeAMultipartUploadCappedAt413(@TempDir Path dir) throws Exception {
    new BacktestApiCases(liberty.baseUrl(), tokens)
        .aMultipartUploadRunsAndAnOversizedFileIs413(dir);
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

  @Test
  void h2_officersReadTheirTenantsProcessHistoryWithSecretsMasked() throws Exception {
    new ProcessHistoryApiCases(onboarding(), db).officersReadTheirTenantsHistoryWithSecretsMasked();
  }

  // ---- signals issue: /models, /signals, /predictions on the running server ----

  static final TenantId TRADER_B_TENANT = TenantId.of("22222222-2222-2222-2222-222222222222");
  static final FeedId BTC_A = new FeedId(TRADER_A_TENANT, 80001, "BTCUSD");
  static final FeedId BTC_B = new FeedId(TRADER_B_TENANT, 90001, "BTCUSD");
  static final FeedId PROBE_A = new FeedId(TRADER_A_TENANT, 80001, "ETHUSD");
  static final long BARS_FROM = Instant.parse("2026-12-01T00:00:00Z").toEpochMilli();
  static final int FEED_BARS = 150;

  /**
   * A random walk of M1 bars (seeded): the first ones train a model, the last ones are the feed.
   */
  static List<double[]> walk(int n) {
    Random random = new Random(8);
    List<double[]> bars = new ArrayList<>();
    double close = 30_000;
    for (int i = 0; i < n; i++) {
      double open = close;
      close = open * (1 + random.nextGaussian() * 0.001);
      double high = Math.max(open, close) * (1 + Math.abs(random.nextGaussian()) * 0.0005);
      double low = Math.min(open, close) * (1 - Math.abs(random.nextGaussian()) * 0.0005);
      bars.add(
          new double[] {BARS_FROM + i * 60_000L, open, high, low, close, 1 + random.nextInt(50)});
    }
    return bars;
  }

  static List<double[]> feedBars() {
    List<double[]> all = walk(3_000 + FEED_BARS + 1);
    return all.subList(3_000, all.size());
  }

  static void storeFeed(FeedId feed, List<double[]> bars) {
    // the run's tick store (ClickHouse here, as the launcher's --tick-store clickhouse)
    ClickHouseTickStore store =
        new ClickHouseTickStore(ClickHouseDataSources.forUrl(clickHouse.jdbcUrl()));
    List<Bar> rows = new ArrayList<>();
    for (double[] b : bars) {
      rows.add(new Bar(feed, Timeframe.M1, (long) b[0], b[1], b[2], b[3], b[4], (long) b[5]));
    }
    double[] last = bars.getLast();
    store.appendTicks(
        List.of(new Tick(feed, 1, (long) last[0] + 60_000, last[4], last[4] + 1, 0, 0, 0)));
    store.appendBars(rows);
    store.flush();
  }

  static void publishBar(FeedId feed, double[] b) {
    publish(
        new PayloadCodec()
            .envelope(
                EventContracts.BAR_CLOSED,
                UUID.randomUUID(),
                feed.tenant(),
                Instant.ofEpochMilli((long) b[0] + 60_000),
                new BarClosed(
                    feed.account(),
                    feed.symbol(),
                    Timeframe.M1,
                    (long) b[0],
                    b[1],
                    b[2],
                    b[3],
                    b[4],
                    (long) b[5])));
  }

  static JsonNode awaitSignals(
      String user, String symbol, java.util.function.Predicate<JsonNode> done) throws Exception {
    JsonNode last = null;
    for (int attempt = 0; attempt < 300; attempt++) {
      HttpResponse<String> r = call("GET", "/api/v1/signals?symbol=" + symbol, user, null);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      last = JSON.readTree(r.body());
      if (done.test(last)) {
        return last;
      }
      LockSupport.parkNanos(100_000_000L);
    }
    throw new AssertionError("signals of " + symbol + " never got there: " + last);
  }

  @Test
  void s1_eachClosedBarOfTheFeedGetsADecisionOfTheShippedLiveModelWithItsContributions()
      throws Exception {
    List<double[]> bars = feedBars();
    storeFeed(BTC_A, bars.subList(0, FEED_BARS));
    storeFeed(PROBE_A, bars.subList(0, 1));
    // the engine's subscription starts in the background: probe until it answers
    awaitSignals(
        "trader-a",
        "ETHUSD",
        list -> {
          publishBar(PROBE_A, bars.getFirst());
          return !list.isEmpty();
        });
    for (double[] b : bars.subList(0, FEED_BARS)) {
      publishBar(BTC_A, b);
    }
    long lastTime = (long) bars.get(FEED_BARS - 1)[0];
    JsonNode signals =
        awaitSignals(
            "trader-a",
            "BTCUSD",
            list ->
                !list.isEmpty()
                    && Instant.parse(list.get(0).get("barOpenTime").asText()).toEpochMilli()
                        == lastTime);
    assertThat(signals).hasSize(100); // the latest 100 kept, newest first
    JsonNode newest = signals.get(0);
    assertThat(newest.get("warm").asBoolean()).isTrue();
    assertThat(newest.get("direction").asText()).isIn("BUY", "SELL", "HOLD");
    assertThat(newest.get("modelVersion").asText()).isEqualTo("lightgbm-0d608510d42a");
    // Pro: the probability of the advised direction is shown
    assertThat(newest.get("probability").asDouble()).isBetween(0.0, 1.0);
    assertThat(newest.get("contributions")).hasSize(5);
    assertThat(newest.get("contributions").get(0).get("feature").asText()).isNotBlank();
    assertThat(newest.get("contributions").get(0).get("text").asText())
        .containsAnyOf("pushed towards", "had no effect");

    JsonNode models = JSON.readTree(call("GET", "/api/v1/models", "trader-a", null).body());
    assertThat(models.get("models")).hasSize(1);
    assertThat(models.get("live").get("status").asText()).isEqualTo("LIVE");
    assertThat(models.get("live").get("id").asText()).isEqualTo(newest.get("modelId").asText());
    assertThat(
            models.get("live").get("metrics").get("outOfSample").get("balancedAccuracy").asDouble())
        .isBetween(0.5, 0.6);
    // another tenant's model id is not found, for promote and roll back alike
    String id = models.get("live").get("id").asText();
    assertThat(call("POST", "/api/v1/models/" + id + "/promote", "trader-b", null).statusCode())
        .isEqualTo(404);
    assertThat(call("POST", "/api/v1/models/" + id + "/rollback", "trader-b", null).statusCode())
        .isEqualTo(404);
    // the live model replaced none: nothing to roll back to
    HttpResponse<String> nothing =
        call("POST", "/api/v1/models/" + id + "/rollback", "trader-a", null);
    assertThat(nothing.statusCode()).as(nothing.body()).isEqualTo(409);
    assertThat(nothing.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
  }

  @Test
  void s2_aModelPromotedMidStreamDecidesTheNextBarAndARollbackRestoresTheOldOne() throws Exception {
    // a second model, trained by the project's trainer on bars before the feed's
    Path csv = Files.createTempFile("train", ".csv");
    List<String> lines = new ArrayList<>(List.of("time,open,high,low,close,volume"));
    for (double[] b : walk(3_000)) {
      lines.add((long) b[0] + "," + b[1] + "," + b[2] + "," + b[3] + "," + b[4] + "," + b[5]);
    }
    Files.write(csv, lines);
    Path dir = Files.createTempDirectory("candidate");
    int code =
        TrainCommand.run(
            new String[] {
              "--input",
              csv.toString(),
              "--model",
              "lightgbm",
              "--horizon",
              "1",
              "--folds",
              "3",
              "--out",
              dir.toString()
            },
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(new ByteArrayOutputStream()));
    assertThat(code).isZero();
    String version = ModelStore.readMetadata(dir).version();
    UUID candidate = UUID.randomUUID();
    registerCandidate(candidate, version, dir);
    String before =
        JSON.readTree(call("GET", "/api/v1/models", "trader-a", null).body())
            .get("live")
            .get("id")
            .asText();

    HttpResponse<String> promoted =
        call("POST", "/api/v1/models/" + candidate + "/promote", "trader-a", null);
    assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
    assertThat(JSON.readTree(promoted.body()).get("status").asText()).isEqualTo("LIVE");
    assertThat(JSON.readTree(promoted.body()).get("replacedId").asText()).isEqualTo(before);

    // the next closed bar is decided by the promoted model, already warm (no restart, no gap)
    double[] next = feedBars().get(FEED_BARS);
    publishBar(BTC_A, next);
    JsonNode signals =
        awaitSignals(
            "trader-a",
            "BTCUSD",
            list ->
                Instant.parse(list.get(0).get("barOpenTime").asText()).toEpochMilli()
                    == (long) next[0]);
    assertThat(signals.get(0).get("modelId").asText()).isEqualTo(candidate.toString());
    assertThat(signals.get(0).get("modelVersion").asText()).isEqualTo(version);
    assertThat(signals.get(0).get("warm").asBoolean()).isTrue();
    assertThat(signals.get(1).get("modelId").asText()).isEqualTo(before);
    assertThat(Instant.parse(signals.get(1).get("barOpenTime").asText()).toEpochMilli() + 60_000)
        .as("no bar between the two models went without a decision")
        .isEqualTo((long) next[0]);

    HttpResponse<String> rolledBack =
        call("POST", "/api/v1/models/" + candidate + "/rollback", "trader-a", null);
    assertThat(rolledBack.statusCode()).as(rolledBack.body()).isEqualTo(200);
    assertThat(JSON.readTree(rolledBack.body()).get("id").asText()).isEqualTo(before);
    JsonNode models = JSON.readTree(call("GET", "/api/v1/models", "trader-a", null).body());
    assertThat(models.get("live").get("id").asText()).isEqualTo(before);
    assertThat(models.get("models")).hasSize(2);
  }

  private static void registerCandidate(UUID id, String version, Path dir) throws Exception {
    try (Connection c = db.as(EmptyDatabase.OWNER).getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s =
          c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        s.setString(1, TRADER_A_TENANT.toString());
        s.execute();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into signal_model (id, tenant_id, version, kind, feature_spec, horizon,"
                  + " training_samples, artifact_dir, status, created_at, status_changed_at)"
                  + " values (?, ?, ?, 'lightgbm', 'see model.json', 1, 0, ?, 'CANDIDATE',"
                  + " now(), now())")) {
        s.setObject(1, id);
        s.setObject(2, TRADER_A_TENANT.value());
        s.setString(3, version);
        s.setString(4, dir.toAbsolutePath().toString());
        s.executeUpdate();
      }
      c.commit();
    }
  }

  @Test
  void s4_aModelSentOverRestIsCheckedThenRegisteredAndWrongFilesAreClear4xx() throws Exception {
    java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
    for (String name : List.of("model.json", "lightgbm.txt", "report.json")) {
      try (var in = TradingApiIT.class.getResourceAsStream("/models/default/" + name)) {
        files.put(name, java.util.Base64.getEncoder().encodeToString(in.readAllBytes()));
      }
    }
    HttpResponse<String> created =
        call(
            "POST",
            "/api/v1/models",
            "trader-a",
            JSON.writeValueAsString(java.util.Map.of("owner", "tenant", "files", files)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode model = JSON.readTree(created.body());
    assertThat(model.get("version").asText()).isEqualTo("lightgbm-0d608510d42a");
    assertThat(created.headers().firstValue("Location").orElseThrow())
        .endsWith("/models/" + model.get("id").asText());
    // the same files as the shipped default: the same registration, not a second one
    JsonNode listed = JSON.readTree(call("GET", "/api/v1/models", "trader-a", null).body());
    assertThat(listed.get("models").findValuesAsText("version"))
        .containsOnlyOnce("lightgbm-0d608510d42a");

    java.util.Map<String, String> changed = new java.util.LinkedHashMap<>(files);
    changed.put(
        "lightgbm.txt",
        java.util.Base64.getEncoder()
            .encodeToString(
                (new String(java.util.Base64.getDecoder().decode(files.get("lightgbm.txt"))) + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    HttpResponse<String> tampered =
        call(
            "POST",
            "/api/v1/models",
            "trader-a",
            JSON.writeValueAsString(java.util.Map.of("files", changed)));
    assertThat(tampered.statusCode()).as(tampered.body()).isEqualTo(422);
    assertThat(tampered.body()).contains("says version lightgbm-0d608510d42a");

    HttpResponse<String> notBase64 =
        call("POST", "/api/v1/models", "trader-a", "{\"files\":{\"model.json\":\"%%%\"}}");
    assertThat(notBase64.statusCode()).as(notBase64.body()).isEqualTo(400);
    assertThat(notBase64.body()).contains("model.json");
    HttpResponse<String> owner =
        call(
            "POST",
            "/api/v1/models",
            "trader-a",
            JSON.writeValueAsString(java.util.Map.of("owner", "someone", "files", files)));
    assertThat(owner.statusCode()).as(owner.body()).isEqualTo(400);
  }

  @Test
  void s3_aPredictionCountsOncePerRequestIdAndOverQuotaIs429NamingTheQuotaAndItsReset()
      throws Exception {
    String body = "{\"symbol\":\"BTCUSD\",\"timeframe\":\"M1\"}";
    HttpResponse<String> first = predict("trader-a", body, "it-prediction-1");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    JsonNode p = JSON.readTree(first.body());
    assertThat(p.get("direction").asText()).isIn("BUY", "SELL", "HOLD");
    assertThat(p.get("warm").asBoolean()).isTrue();
    assertThat(p.get("probability").asDouble()).isBetween(0.0, 1.0);
    assertThat(p.get("contributions")).isNotEmpty();
    assertThat(predict("trader-a", body, "it-prediction-1").statusCode()).isEqualTo(200);
    assertThat(predictionsUsed("trader-a")).isEqualTo(1);
    assertThat(predict("trader-a", body, "it-prediction-2").statusCode()).isEqualTo(200);
    assertThat(predictionsUsed("trader-a")).isEqualTo(2);
    // bad input is refused before it is counted
    assertThat(
            predict("trader-a", "{\"symbol\":\"BTCUSD\",\"timeframe\":\"M7\"}", "x").statusCode())
        .isEqualTo(400);
    assertThat(predict("trader-a", "{\"symbol\":\"NOPE\",\"timeframe\":\"M1\"}", "y").statusCode())
        .isEqualTo(404);
    assertThat(predictionsUsed("trader-a")).isEqualTo(2);

    // Free (trader B): 100 a month, already used up this month (the server's clock: 2026-12)
    storeFeed(BTC_B, feedBars().subList(0, 80));
    useUpPredictions(TRADER_B_TENANT, 100);
    HttpResponse<String> over = predict("trader-b", body, "it-prediction-b");
    assertThat(over.statusCode()).as(over.body()).isEqualTo(429);
    assertThat(over.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(over.body())
        .contains("predictions")
        .contains("100")
        .contains("2026-12-31T17:00:00Z");
    assertThat(over.headers().firstValue("Retry-After")).isPresent();
    // Free sees signals without a probability
    for (double[] b : feedBars().subList(0, 80)) {
      publishBar(BTC_B, b);
    }
    JsonNode free = awaitSignals("trader-b", "BTCUSD", list -> list.size() == 80);
    assertThat(free.get(0).get("warm").asBoolean()).isTrue();
    assertThat(free.get(0).get("direction").asText()).isIn("BUY", "SELL", "HOLD");
    // JSON-B leaves a null out: no probability for Free
    assertThat(free.get(0).path("probability").isMissingNode()).isTrue();
  }

  static HttpResponse<String> predict(String user, String body, String key) throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(liberty.baseUrl() + "/api/v1/predictions"))
            .header("Authorization", "Bearer " + tokens.accessToken(user))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
  }

  static long predictionsUsed(String user) throws Exception {
    for (JsonNode line :
        JSON.readTree(call("GET", "/api/v1/usage", user, null).body()).get("usage")) {
      if (line.get("metric").asText().equals("predictions")) {
        return line.get("used").asLong();
      }
    }
    throw new AssertionError("no predictions line in /usage");
  }

  private static void useUpPredictions(TenantId tenant, long used) throws Exception {
    try (Connection c = db.as(EmptyDatabase.OWNER).getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s =
          c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        s.setString(1, tenant.toString());
        s.execute();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into billing_usage_rollup (tenant_id, metric, period_start, used)"
                  + " values (?, 'PREDICTIONS', date '2026-12-01', ?)"
                  + " on conflict (tenant_id, metric, period_start)"
                  + " do update set used = excluded.used")) {
        s.setObject(1, tenant.value());
        s.setLong(2, used);
        s.executeUpdate();
      }
      c.commit();
    }
  }
}
