package id.nusatrade.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.systemtest.platform.Http;
import id.nusatrade.systemtest.platform.RunningPlatform;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Access tokens from the platform's own Keycloak: password grant on the public API client. */
final class KeycloakTokens {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Http http;
  private final String tokenEndpoint;

  KeycloakTokens(RunningPlatform platform) {
    this.http = platform.http();
    this.tokenEndpoint =
        platform.settings().keycloakUrl()
            + "/realms/"
            + DemoData.REALM
            + "/protocol/openid-connect/token";
  }

  String accessToken(String username) {
    String form =
        "grant_type=password&client_id="
            + DemoData.API_CLIENT
            + "&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + DemoData.PASSWORD;
    Http.Response response = http.postForm(tokenEndpoint, form);
    assertThat(response.status()).as("token for %s: %s", username, response.body()).isEqualTo(200);
    try {
      return JSON.readTree(response.body()).path("access_token").asText();
    } catch (java.io.IOException e) {
      throw new AssertionError("token response is not JSON: " + response.body(), e);
    }
  }
}
