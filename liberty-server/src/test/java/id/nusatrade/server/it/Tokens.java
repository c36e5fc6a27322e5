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
    return accessToken(username, "nusatrade-api");
  }

  /** A token the given client of the realm obtains for the user. */
  String accessToken(String username, String clientId) throws IOException, InterruptedException {
    String form =
        "grant_type=password&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&username="
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

  /** The token's {@code aud} claim as text (a string or an array). */
  static String audience(String token) throws IOException {
    String payload = token.split("\\.")[1];
    byte[] json = java.util.Base64.getUrlDecoder().decode(payload);
    var aud = new ObjectMapper().readTree(json).get("aud");
    return aud == null ? "" : aud.toString();
  }

  /**
   * Registers (once) a public client of our realm that carries the same claims as nusatrade-api but
   * no audience mapper: its tokens are valid tokens of our issuer meant for someone else.
   */
  static void registerClientWithoutOurAudience(String keycloakBase, String clientId)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    String adminForm =
        "grant_type=password&client_id=admin-cli&username=admin&password=" + DEMO_PASSWORD;
    HttpResponse<String> admin =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(keycloakBase + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(adminForm))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String adminToken = new ObjectMapper().readTree(admin.body()).get("access_token").asText();
    String client =
        """
        {"clientId":"%s","publicClient":true,"directAccessGrantsEnabled":true,
         "standardFlowEnabled":false,"protocolMappers":[
          {"name":"groups","protocol":"openid-connect",
           "protocolMapper":"oidc-usermodel-realm-role-mapper",
           "config":{"claim.name":"groups","multivalued":"true","access.token.claim":"true",
                     "jsonType.label":"String"}},
          {"name":"tenant_id","protocol":"openid-connect",
           "protocolMapper":"oidc-usermodel-attribute-mapper",
           "config":{"user.attribute":"tenant_id","claim.name":"tenant_id",
                     "access.token.claim":"true","jsonType.label":"String"}}]}
        """
            .formatted(clientId);
    HttpResponse<String> created =
        http.send(
            HttpRequest.newBuilder(URI.create(keycloakBase + "/admin/realms/nusatrade/clients"))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 201 && created.statusCode() != 409) { // 409: an earlier run's
      throw new IllegalStateException("creating client " + clientId + ": " + created.body());
    }
  }
}
