package id.nusatrade.launcher.component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Minimal HTTP GET for readiness probes and status: any failure is "not answering". */
public final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(2))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private Http() {}

  /** Status code, or -1 when nothing answered. */
  public static int status(String url) {
    return get(url).statusCode();
  }

  /** The response; status -1 and empty body when nothing answered. */
  public static Response get(String url) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      return new Response(-1, "");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Response(-1, "");
    }
  }

  /** A status code and body. */
  public record Response(int statusCode, String body) {}
}
