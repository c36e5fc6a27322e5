package id.nusatrade.tickstore.clickhouse.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Waits for a started server to answer /ping, and stops it by PID. */
final class ServerReadiness {
  private static final Duration POLL = Duration.ofMillis(100);

  private ServerReadiness() {}

  static void await(LocalClickHouseServer server, Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    URI ping = URI.create("http://127.0.0.1:" + server.httpPort() + "/ping");
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (exitedWithin(server.process(), POLL)) {
        throw new IllegalStateException("clickhouse-server exited at start: " + log(server));
      }
      if (answers(http, ping)) {
        return;
      }
    }
    stop(server.process(), Duration.ofSeconds(10));
    throw new IllegalStateException("clickhouse-server not ready in " + timeout + log(server));
  }

  /** SIGTERM, then SIGKILL if it has not exited within {@code grace}. */
  static void stop(Process process, Duration grace) {
    process.destroy();
    if (!exitedWithin(process, grace)) {
      process.destroyForcibly();
      exitedWithin(process, grace);
    }
  }

  private static boolean answers(HttpClient http, URI ping) {
    try {
      HttpRequest request = HttpRequest.newBuilder(ping).timeout(Duration.ofSeconds(2)).build();
      return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for clickhouse-server", e);
    }
  }

  /** Doubles as the poll pause: waiting on the process returns early if it dies. */
  private static boolean exitedWithin(Process process, Duration wait) {
    try {
      return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }

  private static String log(LocalClickHouseServer server) {
    StringBuilder text = new StringBuilder();
    for (String name : List.of("stdout.log", "server.err.log")) {
      Path file = server.configDir().resolve(name);
      try {
        List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
        lines
            .subList(Math.max(0, lines.size() - 20), lines.size())
            .forEach(l -> text.append('\n').append(l));
      } catch (IOException e) {
        text.append("\n(").append(file).append(" unreadable: ").append(e.getMessage()).append(')');
      }
    }
    return text.toString();
  }
}
