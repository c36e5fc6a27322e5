package id.nusatrade.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.nusatrade.backtest.cli.BacktestCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

/**
 * A trader's {@code /backtests} over HTTP with Keycloak tokens, run from TradingApiIT (which
 * already starts Liberty, Keycloak, Artemis and PostgreSQL), so backtests cost no server start of
 * their own. The run through the platform is compared with {@code ./nusatrade backtest} on the same
 * strategy, bars and costs (issue 9, done-when 3).
 */
final class BacktestApiCases {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  static final String STRATEGY =
      """
      name: sma-cross
      timeframe: D1
      entry:
        long: sma(10) crosses_above sma(30)
      exit:
        long: sma(10) crosses_below sma(30)
      size:
        units: 1
      """;

  static final String COSTS = "spread: 0.02\ncommission:\n  per_trade: 1\n";

  private final String baseUrl;
  private final Tokens tokens;

  BacktestApiCases(String baseUrl, Tokens tokens) {
    this.baseUrl = baseUrl;
    this.tokens = tokens;
  }

  /**
   * 400 daily bars of two overlaid waves (no random numbers, so the file is the same every run):
   * the moving averages cross several times.
   */
  static String bars() {
    StringBuilder csv = new StringBuilder("time,open,high,low,close,volume\n");
    long day = Duration.ofDays(1).toMillis();
    long start = 1_704_067_200_000L; // 2024-01-01T00:00:00Z
    double previous = 100;
    for (int i = 0; i < 400; i++) {
      double close = 100 + 10 * Math.sin(i / 9.0) + 3 * Math.sin(i / 2.7) + i * 0.02;
      double high = Math.max(previous, close) + 0.5;
      double low = Math.min(previous, close) - 0.5;
      csv.append(
          String.format(
              Locale.ROOT,
              "%d,%.4f,%.4f,%.4f,%.4f,%d%n",
              start + i * day,
              previous,
              high,
              low,
              close,
              1000 + i));
      previous = close;
    }
    return csv.toString();
  }

  HttpResponse<String> call(String method, String path, String user, String body) throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Authorization", "Bearer " + tokens.accessToken(user))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String body(String strategy, String csv, String costs) {
    ObjectNode body = JSON.createObjectNode();
    body.put("strategy", strategy);
    body.put("csv", csv);
    body.put("costs", costs);
    body.put("fill", "next-open");
    return body.toString();
  }

  /** A bad strategy is 422 naming its line, and nothing is listed. */
  void aBadStrategyIs422NamingTheLine() throws Exception {
    int before = JSON.readTree(call("GET", "/api/v1/backtests", "trader-a", null).body()).size();
    HttpResponse<String> r =
        call(
            "POST",
            "/api/v1/backtests",
            "trader-a",
            body(STRATEGY.replace("crosses_above", "crosses_abov"), bars(), "none"));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(JSON.readTree(r.body()).path("detail").asText()).contains("strategy, line 4");
    assertThat(JSON.readTree(call("GET", "/api/v1/backtests", "trader-a", null).body()))
        .hasSize(before);
  }

  /**
   * 202 and an id; polled to SUCCEEDED with progress 1; its trades, metrics and buy-and-hold equal
   * the command line's on the same files; listed for its tenant and 404 for another.
   */
  void aRunGivesTheCommandLinesTradesAndIsInvisibleToAnotherTenant(Path dir) throws Exception {
    String csv = bars();
    HttpResponse<String> started =
        call("POST", "/api/v1/backtests", "trader-a", body(STRATEGY, csv, COSTS));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String id = JSON.readTree(started.body()).path("id").asText();
    assertThat(started.headers().firstValue("Location")).hasValueSatisfying(l -> l.endsWith(id));

    JsonNode run = awaitFinished(id);
    assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("SUCCEEDED");
    assertThat(run.path("progress").asDouble()).isEqualTo(1.0);
    assertThat(run.path("equity").size()).isEqualTo(400);

    Path bars = Files.writeString(dir.resolve("bars.csv"), csv);
    Path strategy = Files.writeString(dir.resolve("s.yaml"), STRATEGY);
    Path costs = Files.writeString(dir.resolve("costs.yaml"), COSTS);
    Path out = dir.resolve("out.json");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        BacktestCommand.run(
            new String[] {
              "--input",
              bars.toString(),
              "--strategy",
              strategy.toString(),
              "--costs",
              costs.toString(),
              "--fill",
              "next-open",
              "--report",
              out.toString(),
              "--no-progress"
            },
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    JsonNode cli = JSON.readTree(out.toFile());
    JsonNode report = run.path("report");
    assertThat(cli.path("trades").size()).isGreaterThan(3);
    assertThat(report.path("trades")).isEqualTo(cli.path("trades"));
    assertThat(report.path("metrics")).isEqualTo(cli.path("metrics"));
    assertThat(report.path("buyAndHold")).isEqualTo(cli.path("buyAndHold"));

    JsonNode listed = JSON.readTree(call("GET", "/api/v1/backtests", "trader-a", null).body());
    assertThat(listed.findValuesAsText("id")).contains(id);
    assertThat(call("GET", "/api/v1/backtests/" + id, "trader-b", null).statusCode())
        .isEqualTo(404);
    assertThat(
            JSON.readTree(call("GET", "/api/v1/backtests", "trader-b", null).body())
                .findValuesAsText("id"))
        .doesNotContain(id);
    assertThat(call("GET", "/api/v1/backtests/not-a-uuid", "trader-a", null).statusCode())
        .isEqualTo(404);
  }

  /** The upload cap TradingApiIT gives its server (NUSATRADE_BACKTEST_UPLOAD_MAX_BYTES). */
  static final int UPLOAD_CAP = 100_000;

  /**
   * A multipart upload with the look-ahead check runs to the same trades as the JSON form and
   * reports a clean check; a bar file over the cap is 413 naming the setting; a model the caller
   * may not see is 422 naming the field.
   */
  void aMultipartUploadRunsAndAnOversizedFileIs413(Path dir) throws Exception {
    String csv = bars();
    HttpResponse<String> started =
        multipart(
            new String[][] {
              {"strategy", STRATEGY}, {"csv", csv}, {"costs", COSTS}, {"checkLookahead", "true"}
            });
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    JsonNode run = awaitFinished(JSON.readTree(started.body()).path("id").asText());
    assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("SUCCEEDED");
    JsonNode lookahead = run.path("report").path("lookahead");
    assertThat(lookahead.path("clean").asBoolean()).as(lookahead.toString()).isTrue();
    assertThat(lookahead.path("cutsChecked").asInt()).isEqualTo(8);

    JsonNode json =
        awaitFinished(
            JSON.readTree(
                    call("POST", "/api/v1/backtests", "trader-a", body(STRATEGY, csv, COSTS))
                        .body())
                .path("id")
                .asText());
    assertThat(run.path("report").path("trades")).isEqualTo(json.path("report").path("trades"));

    StringBuilder big = new StringBuilder(csv);
    while (big.length() <= UPLOAD_CAP) {
      big.append(csv, csv.indexOf('\n') + 1, csv.length());
    }
    HttpResponse<String> tooLarge =
        multipart(new String[][] {{"strategy", STRATEGY}, {"csv", big.toString()}});
    assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
    assertThat(JSON.readTree(tooLarge.body()).path("detail").asText())
        .contains("NUSATRADE_BACKTEST_UPLOAD_MAX_BYTES");

    ObjectNode withModel = (ObjectNode) JSON.readTree(body(STRATEGY, csv, "none"));
    withModel.put("model", "00000000-0000-0000-0000-000000000001");
    HttpResponse<String> unknownModel =
        call("POST", "/api/v1/backtests", "trader-a", withModel.toString());
    assertThat(unknownModel.statusCode()).as(unknownModel.body()).isEqualTo(422);
    assertThat(JSON.readTree(unknownModel.body()).path("detail").asText())
        .contains("model: no model");
  }

  private HttpResponse<String> multipart(String[][] parts) throws Exception {
    String boundary = "nusatrade-" + System.nanoTime();
    StringBuilder body = new StringBuilder();
    for (String[] part : parts) {
      body.append("--").append(boundary).append("\r\n");
      body.append("Content-Disposition: form-data; name=\"").append(part[0]).append('"');
      if (part[0].equals("csv")) {
        body.append("; filename=\"bars.csv\"\r\nContent-Type: text/csv");
      }
      body.append("\r\n\r\n").append(part[1]).append("\r\n");
    }
    body.append("--").append(boundary).append("--\r\n");
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/backtests"))
            .header("Authorization", "Bearer " + tokens.accessToken("trader-a"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode awaitFinished(String id) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      HttpResponse<String> r = call("GET", "/api/v1/backtests/" + id, "trader-a", null);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode run = JSON.readTree(r.body());
      String status = run.path("status").asText();
      if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
        return run;
      }
      assertThat(System.nanoTime()).as("run " + id + " still " + status).isLessThan(deadline);
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos()); // poll; deadline above
    }
  }
}
