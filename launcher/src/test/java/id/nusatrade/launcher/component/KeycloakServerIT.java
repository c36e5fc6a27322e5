package id.nusatrade.launcher.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakServerIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path state;

  @Test
  void passwordGrantForTraderACarriesTraderGroupAndTenantAAndSurvivesRestart() throws Exception {
    LauncherConfig config =
        LauncherConfig.defaults().with(Setting.STATE_DIR, state).withFreePorts();
    KeycloakServer keycloak = new KeycloakServer(config);
    try {
      keycloak.start();
      assertTraderAToken(keycloak);
      keycloak.stop();

      keycloak.start(); // same state dir: the imported realm and users are still there
      assertTraderAToken(keycloak);
    } finally {
      keycloak.stop();
    }
    assertThat(Http.status(keycloak.issuer())).isEqualTo(-1);
  }

  private static void assertTraderAToken(KeycloakServer keycloak) throws Exception {
    JsonNode claims = claims(passwordGrant(keycloak, "trader-a", "nusatrade-demo"));
    assertThat(claims.get("iss").asText()).isEqualTo(keycloak.issuer());
    assertThat(claims.get("groups")).extracting(JsonNode::asText).contains("trader");
    assertThat(claims.get("tenant_id").asText()).isEqualTo("11111111-1111-1111-1111-111111111111");
    assertThat(claims.get("upn").asText()).isEqualTo("trader-a");
    assertThat(claims.get("sub").asText()).isEqualTo("aaaaaaaa-0000-0000-0000-000000000001");
  }

  static String passwordGrant(KeycloakServer keycloak, String user, String password)
      throws Exception {
    String form =
        "grant_type=password&client_id=nusatrade-api&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(keycloak.tokenEndpoint()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).get("access_token").asText();
  }

  static JsonNode claims(String jwt) throws Exception {
    return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
  }
}
