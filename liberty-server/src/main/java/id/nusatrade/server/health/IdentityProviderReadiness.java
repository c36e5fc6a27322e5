package id.nusatrade.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * UP when the OIDC discovery document is served and names the issuer tokens are validated against
 * (a mismatch means every token would be rejected, so it is DOWN too).
 */
@Readiness
@ApplicationScoped
public class IdentityProviderReadiness implements HealthCheck {
  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  @Inject
  @ConfigProperty(name = "OIDC_ISSUER", defaultValue = "http://127.0.0.1:8180/realms/nusatrade")
  String issuer;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("identity-provider").withData("issuer", issuer);
    try {
      HttpResponse<String> answer = http.send(discovery(), HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        return response
            .down()
            .withData("reason", "discovery answered " + answer.statusCode())
            .build();
      }
      String advertised = advertisedIssuer(answer.body());
      return issuer.equals(advertised)
          ? response.up().build()
          : response.down().withData("reason", "discovery names issuer " + advertised).build();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return response.down().withData("reason", Reasons.of(e)).build();
    }
  }

  private HttpRequest discovery() {
    URI uri = URI.create(issuer + "/.well-known/openid-configuration");
    return HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
  }

  private static String advertisedIssuer(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonObject document = reader.readObject();
      return document.getString("issuer", "(none)");
    }
  }
}
