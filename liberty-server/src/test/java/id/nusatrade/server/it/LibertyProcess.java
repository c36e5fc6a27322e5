package id.nusatrade.server.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The server {@code liberty:create} made at {@code package}, started with {@code server start} and
 * environment overrides, the way the launcher runs it. One start per test class.
 */
final class LibertyProcess implements AutoCloseable {
  private static final String SERVER = "nusatrade";
  private static final Duration STARTUP = Duration.ofSeconds(180);

  private final Path wlp = Path.of(System.getProperty("nusatrade.wlp.dir", "target/liberty/wlp"));
  private final int httpPort = freePort();
  private final Map<String, String> environment;

  LibertyProcess(Map<String, String> environment) {
    this.environment = environment;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + httpPort;
  }

  void start() throws IOException, InterruptedException {
    Files.deleteIfExists(messagesLog());
    run("start");
    awaitApplication();
  }

  @Override
  public void close() throws IOException, InterruptedException {
    run("stop");
  }

  Path messagesLog() {
    return wlp.resolve("usr/servers/" + SERVER + "/logs/messages.log");
  }

  private void run(String action) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(List.of(wlp.resolve("bin/server").toString(), action, SERVER));
    builder.environment().putAll(environment);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("NUSATRADE_HTTP_PORT", String.valueOf(httpPort));
    builder.environment().put("NUSATRADE_HTTPS_PORT", String.valueOf(freePort()));
    builder
        .redirectErrorStream(true)
        .redirectOutput(wlp.resolve("../server-" + action + ".out").toFile());
    Process process = builder.start();
    if (!process.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("server " + action + " did not return in " + STARTUP);
    }
  }

  /** The readiness endpoint lists our checks only once the application has started. */
  private void awaitApplication() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready")).build();
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      try {
        String body = http.send(ready, HttpResponse.BodyHandlers.ofString()).body();
        if (body.contains("\"database\"")) {
          return;
        }
      } catch (IOException notYetListening) {
        // the HTTP endpoint opens a little after `server start` returns
      }
      LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
    }
    throw new IllegalStateException(
        "application not ready in " + STARTUP + "; see " + messagesLog());
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
