package id.nusatrade.server.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Access tokens from the real Keycloak realm by password grant (client nusatrade-api). */
final class Tokens {
  static final String DEMO_PASSWORD = "nusatrade-demo";

  private final String tokenEndpoint;
  private final HttpClient http = HttpClient.newHttpClient();

  Tokens(String tokenEndpoint) {
    this.tokenEndpoint = tokenEndpoint;
  }

  String accessToken(String username) throws IOException, InterruptedException {
    String form =
        "grant_type=password&client_id=nusatrade-api&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(DEMO_PASSWORD, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(tokenEndpoint))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("password grant for " + username + ": " + response.body());
    }
    return new ObjectMapper().readTree(response.body()).get("access_token").asText();
  }
}
